using CmkSim.Domain.Faults;
using CmkSim.Domain.Rules;

namespace CmkSim.Contracts.Vaults;

/// <summary>
/// Faults injected on purpose at a vault and the HSM behind it (keyed by the vault's name; the key vault grain
/// implements it, so a fault window lives in the vault activation's memory, in front of its HSM calls).
/// </summary>
public interface IVaultFaultsGrain : IGrainWithStringKey
{
    /// <summary>Opens <paramref name="fault"/>'s window now; its end is a scheduled engine event that clears it.</summary>
    Task<Decision> InjectFaultAsync(string actor, Fault fault);

    /// <summary>The scheduled end of a window: clears the fault unless a later injection of its kind replaced it.</summary>
    Task ClearFaultAsync(FaultKind kind, int ticket);
}
