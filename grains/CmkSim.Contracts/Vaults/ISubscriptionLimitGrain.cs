using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Contracts.Vaults;

/// <summary>
/// A subscription's Key Vault ceiling, across all its vaults, keyed by subscription ID: a vault that has room for a
/// call asks here before counting it.
/// </summary>
public interface ISubscriptionLimitGrain : IGrainWithStringKey
{
    /// <summary>Admits and counts the call, or answers 429 without counting it.</summary>
    Task<Admission> AdmitAsync(ThrottleClass throttleClass, int limit);

    Task<IReadOnlyList<ThrottleWindow>> GetWindowsAsync();
}
