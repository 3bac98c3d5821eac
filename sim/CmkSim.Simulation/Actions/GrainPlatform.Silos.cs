using CmkSim.Contracts;
using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Tenants;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Simulation.Actions;

/// <summary>Silos killed and restarted on purpose, through the host's <see cref="ISiloControl"/>.</summary>
public sealed partial class GrainPlatform
{
    /// <summary>The host's silos, when it can kill and restart them (the multi-silo host; a cluster of processes).</summary>
    public ISiloControl? Silos { get; init; }

    public async Task<Decision> KillSiloAsync(string actor, int silo)
    {
        var control = Control();
        if (control.CannotKill(silo) is { } why)
        {
            throw new InvalidOperationException($"killSilo: {why}");
        }

        // Journaled first: the kill may take the tenant's activation with it, never its written journal.
        await grains.Reference<ITenantGrain>(TenantKey.Default).JournalSiloAsync(actor, silo, restarted: false);
        await control.KillAsync(silo);
        return Decision.Accept($"silo {silo} killed; the cluster declared it dead");
    }

    public async Task<Decision> RestartSiloAsync(string actor, int silo)
    {
        await Control().RestartAsync(silo);
        await grains.Reference<ITenantGrain>(TenantKey.Default).JournalSiloAsync(actor, silo, restarted: true);
        return Decision.Accept($"silo {silo} restarted and active");
    }

    private ISiloControl Control() => Silos
        ?? throw new InvalidOperationException("this run's host can't kill or restart silos: set platform: { silos: K } (2 or more) in the scenario");
}
