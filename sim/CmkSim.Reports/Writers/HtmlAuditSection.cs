using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>The narrative: the audit log in simulated time, who did what to what and what the platform answered.</summary>
public static class HtmlAuditSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        var shown = Math.Min(report.Journal.Count, ReportLimits.AuditEntriesShown);
        html.Append("<h2 id=\"narrative\">What happened (audit log, simulated time)</h2>\n");
        if (report.Journal.Count > shown)
        {
            html.Append($"<p class=\"note\">The first {shown} of {ReportFormat.Count(report.Journal.Count)} entries; the other {ReportFormat.Count(report.Journal.Count - shown)} are in audit.jsonl (line N+1 is entry #N).</p>\n");
        }

        html.Append("<table>\n" + Head("#", "when", "who", "did what", "to what", "platform answer", "rule"));
        var start = report.Scenario.SimulationStart;
        for (var i = 0; i < shown; i++)
        {
            var a = report.Journal[i];
            html.Append($"<tr id=\"audit-{i}\"><td>{i}</td><td>{ReportFormat.Time(a.Time)}<br>{E(ReportFormat.Day(start, a.Time))}</td>" +
                $"<td>{E(a.Actor)}</td><td>{E(a.Operation)}</td><td class=\"wrap\">{E(a.Target)}</td><td class=\"wrap\">{E(a.Summary())}</td>" +
                $"<td>{(a.Rule is { } r ? $"<a href=\"#rule-{E(r)}\">{E(r)}</a>" : "")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }
}
