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
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Throttling is not { } throttling)
        {
            return;
        }

        var summary = ThrottlingSummary.Of(throttling, report.Journal);
        html.Append("<h2 id=\"throttling\">Key Vault throttling</h2>\n");
        html.Append($"<p>{E(ThrottlingSummary.Limits(throttling))}</p>\n");
        html.Append("<table>\n" + Head("vault", "class", "limit per 10 s", "windows used", "peak requests per 10 s", "windows with 429s", "429s"));
        foreach (var r in summary.Rows)
        {
            html.Append(Row(E(r.Vault), E(r.Class), ReportFormat.Count(r.Limit), ReportFormat.Count(r.WindowsUsed),
                ReportFormat.Count(r.PeakRequests), ReportFormat.Count(r.WindowsWith429s), ReportFormat.Count(r.Rejected)));
        }

        html.Append("</table>\n");
        if (summary.DelayedCount == 0)
        {
            html.Append("<p>No operation was delayed by a 429.</p>\n");
            return;
        }

        html.Append($"<p>{E(summary.DelayedSentence())}</p>\n");
        html.Append($"<details><summary>The {summary.LongestDelayed.Count} longest delays</summary>\n<table>\n");
        html.Append(Head("event", "what completed", "429s", "delay added"));
        foreach (var (position, e, delay) in summary.LongestDelayed)
        {
            html.Append(Row(AuditLink(position), E(e.Describe()), ReportFormat.Count(delay.Rejections), E($"{delay.Added.TotalSeconds:0} s")));
        }

        html.Append("</table>\n</details>\n");
    }
}
