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
    public static void Write(StringBuilder md, RunReport report)
    {
        if (report.Throttling is not { } throttling)
        {
            return;
        }

        var summary = ThrottlingSummary.Of(throttling, report.Journal);
        md.Append($"## Key Vault throttling\n\n{Text(ThrottlingSummary.Limits(throttling))}\n\n");
        md.Append(Head("vault", "class", "limit per 10 s", "windows used", "peak requests per 10 s", "windows with 429s", "429s"));
        foreach (var r in summary.Rows)
        {
            md.Append(Row(Cell(r.Vault), Cell(r.Class), ReportFormat.Count(r.Limit), ReportFormat.Count(r.WindowsUsed),
                ReportFormat.Count(r.PeakRequests), ReportFormat.Count(r.WindowsWith429s), ReportFormat.Count(r.Rejected)));
        }

        if (summary.DelayedCount == 0)
        {
            md.Append("\nNo operation was delayed by a 429.\n\n");
            return;
        }

        md.Append($"\n{Text(summary.DelayedSentence())} The {summary.LongestDelayed.Count} longest delays:\n\n");
        md.Append(Head("audit entry", "what completed", "429s", "delay added"));
        foreach (var (position, e, delay) in summary.LongestDelayed)
        {
            md.Append(Row($"#{position}", Cell(e.Describe()), ReportFormat.Count(delay.Rejections), $"{delay.Added.TotalSeconds:0} s"));
        }

        md.Append('\n');
    }
}
