using CmkSim.Domain.Journal;
using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>One row of the throttling table: a vault's windows of one key class and limit.</summary>
public sealed record ThrottlingRow(string Vault, string Class, int Limit, int WindowsUsed, int PeakRequests, int WindowsWith429s, long Rejected);

/// <summary>
/// What the report's "Key Vault throttling" section says, computed once for the HTML and the Markdown writers: the
/// per-vault table, and the operations the back-off delayed, longest delay first (capped to <see cref="MaxDelayedRows"/>).
/// </summary>
public sealed record ThrottlingSummary(
    IReadOnlyList<ThrottlingRow> Rows,
    int DelayedCount,
    long RejectionsMet,
    TimeSpan LongestDelay,
    TimeSpan MeanDelay,
    IReadOnlyList<(int Position, JournalEvent Event, ThrottlingDelay Delay)> LongestDelayed)
{
    /// <summary>Enough rows to see the pattern; results.json and audit.jsonl hold them all.</summary>
    public const int MaxDelayedRows = 25;

    public static ThrottlingSummary Of(ThrottlingReport throttling, IReadOnlyList<JournalEvent> journal)
    {
        var rows = throttling.Vaults.SelectMany(vault => vault.Windows.GroupBy(w => (w.Class, w.Limit)).Select(group => new ThrottlingRow(
            vault.Vault, group.Key.Class, group.Key.Limit, group.Count(), group.Max(w => w.Admitted + w.Rejected),
            group.Count(w => w.Rejected > 0), group.Sum(w => (long)w.Rejected)))).ToList();
        var delayed = ThrottlingReport.Delayed(journal);
        return delayed.Count == 0
            ? new ThrottlingSummary(rows, 0, 0, TimeSpan.Zero, TimeSpan.Zero, [])
            : new ThrottlingSummary(rows, delayed.Count, delayed.Sum(d => (long)d.Delay.Rejections), delayed.Max(d => d.Delay.Added),
                TimeSpan.FromSeconds(delayed.Average(d => d.Delay.Added.TotalSeconds)),
                delayed.OrderByDescending(d => d.Delay.Added).ThenBy(d => d.Position).Take(MaxDelayedRows).ToList());
    }

    /// <summary>The limits in force, one sentence, for both formats.</summary>
    public static string Limits(ThrottlingReport throttling)
    {
        var s = throttling.Settings;
        return $"Limits per vault per 10 s (HSM-protected RSA-2048 {s.Vault.Rsa2048}, RSA-3072 {s.Vault.Rsa3072}, RSA-4096 {s.Vault.Rsa4096}, create {s.Vault.Create}; "
            + $"software-protected keys twice these), per subscription {s.SubscriptionMultiplier}× a vault's. "
            + $"{ReportFormat.Count(throttling.Admitted)} wraps and unwraps admitted, {ReportFormat.Count(throttling.Rejected)} answered 429.";
    }

    /// <summary>The delayed operations, one sentence (only when some were).</summary>
    public string DelayedSentence() =>
        $"{ReportFormat.Count(DelayedCount)} platform operations completed late after 429s: {ReportFormat.Count(RejectionsMet)} 429s met, "
        + $"back-off added up to {LongestDelay.TotalSeconds:0} s (mean {MeanDelay.TotalSeconds:0} s).";
}
