using CmkSim.Domain.Journal;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Tenants;

/// <summary>Silos killed and restarted on purpose: platform events with no grain of their own, so the tenant journals them.</summary>
public sealed partial class TenantGrain
{
    public async Task JournalSiloAsync(string actor, int silo, bool restarted)
    {
        // A restart's cause is the kill it recovers from, so the audit log pairs them.
        var cause = restarted ? store.State.Journal.OfType<SiloKilled>().LastOrDefault(k => k.Silo == silo)?.Id : null;
        JournalEvent e = restarted ? new SiloRestarted(silo) : new SiloKilled(silo);
        store.State.Journal.Append(TenantKey.JournalOwner, time.GetUtcNow(), actor, e, cause);
        await store.WriteStateAsync();
    }
}
