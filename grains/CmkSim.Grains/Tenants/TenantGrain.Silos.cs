using CmkSim.Domain.Journal;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Tenants;

/// <summary>Silos killed and restarted on purpose: platform events with no grain of their own, so the tenant journals them.</summary>
public sealed partial class TenantGrain
{
    public async Task JournalSiloAsync(string actor, JournalEvent siloEvent)
    {
        if (siloEvent is not (SiloKilled or SiloRestarted))
        {
            throw new ArgumentException($"not a silo event: {siloEvent.GetType().Name}", nameof(siloEvent));
        }

        // A restart's cause is the kill it recovers from, so the audit log pairs them.
        var cause = siloEvent is SiloRestarted restarted
            ? store.State.Journal.OfType<SiloKilled>().LastOrDefault(k => k.Silo == restarted.Silo)?.Id
            : null;
        store.State.Journal.Append(TenantKey.JournalOwner, time.GetUtcNow(), actor, siloEvent, cause);
        await store.WriteStateAsync();
    }
}
