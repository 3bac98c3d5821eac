using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>
/// "Key Vault throttling": only when the scenario turned it on. Per vault: the limits, requests per 10 s at the
/// peak, 429s; then the effects the back-off delayed (capped, largest delay first) with their audit entries.
/// </summary>
public static class HtmlThrottlingSection
{
    /// <summary>Enough rows to see the pattern; results.json and audit.jsonl hold them all.</summary>
    private const int MaxDelayedRows = 25;

    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Throttling is not { } throttling)
        {
            return;
        }

        var s = throttling.Settings;
        html.Append("<h2 id=\"throttling\">Key Vault throttling</h2>\n");
        html.Append($"<p>Limits per vault per 10 s (HSM-protected RSA-2048 {s.Vault.Rsa2048}, RSA-3072 {s.Vault.Rsa3072}, RSA-4096 {s.Vault.Rsa4096}, create {s.Vault.Create}; "
            + $"software-protected keys twice these), per subscription {s.SubscriptionMultiplier}× a vault's. "
            + $"{ReportFormat.Count(throttling.Admitted)} wraps and unwraps admitted, {ReportFormat.Count(throttling.Rejected)} answered 429.</p>\n");
        html.Append("<table>\n" + Head("vault", "class", "limit per 10 s", "windows used", "peak requests per 10 s", "windows with 429s", "429s"));
        foreach (var vault in throttling.Vaults)
        {
            foreach (var group in vault.Windows.GroupBy(w => (w.Class, w.Limit)))
            {
                html.Append(Row(E(vault.Vault), E(group.Key.Class), ReportFormat.Count(group.Key.Limit), ReportFormat.Count(group.Count()),
                    ReportFormat.Count(group.Max(w => w.Admitted + w.Rejected)), ReportFormat.Count(group.Count(w => w.Rejected > 0)),
                    ReportFormat.Count(group.Sum(w => (long)w.Rejected))));
            }
        }

        html.Append("</table>\n");
        var delayed = ThrottlingReport.Delayed(report.Journal);
        if (delayed.Count == 0)
        {
            html.Append("<p>No operation was delayed by a 429.</p>\n");
            return;
        }

        html.Append($"<p>{ReportFormat.Count(delayed.Count)} platform operations completed late after 429s: "
            + $"{ReportFormat.Count(delayed.Sum(d => (long)d.Delay.Rejections))} 429s met, back-off added up to {delayed.Max(d => d.Delay.Added).TotalSeconds:0} s "
            + $"(mean {delayed.Average(d => d.Delay.Added.TotalSeconds):0} s).</p>\n");
        html.Append($"<details><summary>The {Math.Min(MaxDelayedRows, delayed.Count)} longest delays</summary>\n<table>\n");
        html.Append(Head("event", "what completed", "429s", "delay added"));
        foreach (var (position, e, delay) in delayed.OrderByDescending(d => d.Delay.Added).ThenBy(d => d.Position).Take(MaxDelayedRows))
        {
            html.Append(Row(AuditLink(position), E(e.Describe()), ReportFormat.Count(delay.Rejections), E($"{delay.Added.TotalSeconds:0} s")));
        }

        html.Append("</table>\n</details>\n");
    }
}
