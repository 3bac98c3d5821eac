using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Md;

namespace CmkSim.Reports.Writers;

/// <summary>
/// "Key Vault throttling" in report.md: the same figures as the HTML section (limits, per-vault windows and 429s,
/// the operations the back-off delayed), only when the scenario turned throttling on.
/// </summary>
public static class MarkdownThrottlingSection
{
    /// <summary>As in the HTML: enough rows to see the pattern; results.json and audit.jsonl hold them all.</summary>
    private const int MaxDelayedRows = 25;

    public static void Write(StringBuilder md, RunReport report)
    {
        if (report.Throttling is not { } throttling)
        {
            return;
        }

        var s = throttling.Settings;
        md.Append("## Key Vault throttling\n\n");
        md.Append($"Limits per vault per 10 s (HSM-protected RSA-2048 {s.Vault.Rsa2048}, RSA-3072 {s.Vault.Rsa3072}, RSA-4096 {s.Vault.Rsa4096}, create {s.Vault.Create}; "
            + $"software-protected keys twice these), per subscription {s.SubscriptionMultiplier}× a vault's. "
            + $"{ReportFormat.Count(throttling.Admitted)} wraps and unwraps admitted, {ReportFormat.Count(throttling.Rejected)} answered 429.\n\n");
        md.Append(Head("vault", "class", "limit per 10 s", "windows used", "peak requests per 10 s", "windows with 429s", "429s"));
        foreach (var vault in throttling.Vaults)
        {
            foreach (var group in vault.Windows.GroupBy(w => (w.Class, w.Limit)))
            {
                md.Append(Row(Cell(vault.Vault), Cell(group.Key.Class.ToString()), ReportFormat.Count(group.Key.Limit), ReportFormat.Count(group.Count()),
                    ReportFormat.Count(group.Max(w => w.Admitted + w.Rejected)), ReportFormat.Count(group.Count(w => w.Rejected > 0)),
                    ReportFormat.Count(group.Sum(w => (long)w.Rejected))));
            }
        }

        var delayed = ThrottlingReport.Delayed(report.Journal);
        if (delayed.Count == 0)
        {
            md.Append("\nNo operation was delayed by a 429.\n\n");
            return;
        }

        md.Append($"\n{ReportFormat.Count(delayed.Count)} platform operations completed late after 429s: "
            + $"{ReportFormat.Count(delayed.Sum(d => (long)d.Delay.Rejections))} 429s met, back-off added up to {delayed.Max(d => d.Delay.Added).TotalSeconds:0} s "
            + $"(mean {delayed.Average(d => d.Delay.Added.TotalSeconds):0} s). The {Math.Min(MaxDelayedRows, delayed.Count)} longest delays:\n\n");
        md.Append(Head("audit entry", "what completed", "429s", "delay added"));
        foreach (var (position, e, delay) in delayed.OrderByDescending(d => d.Delay.Added).ThenBy(d => d.Position).Take(MaxDelayedRows))
        {
            md.Append(Row($"#{position}", Cell(e.Describe()), ReportFormat.Count(delay.Rejections), $"{delay.Added.TotalSeconds:0} s"));
        }

        md.Append('\n');
    }
}
