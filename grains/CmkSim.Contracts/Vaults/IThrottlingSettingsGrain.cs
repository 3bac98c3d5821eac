using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Contracts.Vaults;

/// <summary>
/// The run's Key Vault service limits (one grain, key 0): set once before the tenant is declared, read once by
/// each vault activation. Off until set.
/// </summary>
public interface IThrottlingSettingsGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    Task SetAsync(ThrottlingSettings settings);

    Task<ThrottlingSettings> GetAsync();
}
