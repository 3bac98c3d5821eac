using CmkSim.Domain.Journal;
using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Reports.Model;

/// <summary>One vault's 10-s windows that saw wraps or unwraps (sparse).</summary>
public sealed record VaultThrottling(string Vault, IReadOnlyList<ThrottleWindow> Windows);

/// <summary>
/// Key Vault throttling in a run: the limits in force and, per vault, the transactions each 10-s window admitted and
/// answered 429. Present when the scenario turned throttling on; the report's section and plot read it.
/// </summary>
public sealed record ThrottlingReport(ThrottlingSettings Settings, IReadOnlyList<VaultThrottling> Vaults)
{
    public long Admitted => Vaults.Sum(v => v.Windows.Sum(w => (long)w.Admitted));

    public long Rejected => Vaults.Sum(v => v.Windows.Sum(w => (long)w.Rejected));

    /// <summary>The effects that completed late because of 429s, from the journal.</summary>
    public static IReadOnlyList<(int Position, JournalEvent Event, ThrottlingDelay Delay)> Delayed(IReadOnlyList<JournalEvent> journal) =>
        journal.Select((e, i) => (Position: i, Event: e, e.Throttled)).Where(x => x.Throttled is not null)
            .Select(x => (x.Position, x.Event, x.Throttled!)).ToList();
}
