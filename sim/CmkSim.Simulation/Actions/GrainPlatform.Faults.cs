using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.Actions;

/// <summary>Faults on purpose, at a vault's fault registry (the key vault grain's memory).</summary>
public sealed partial class GrainPlatform
{
    public Task<Decision> InjectFaultAsync(string actor, string vault, FaultRequest fault) =>
        grains.Reference<IVaultFaultsGrain>(vault).InjectFaultAsync(actor, fault.At(time.GetUtcNow()));
}
