using System.Text;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>The impact figures: environment-hours offline per cause, policy and region, data lost, unrestorable backups, deadlines.</summary>
public static class HtmlImpactSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        var impact = report.Impact;
        var start = report.Scenario.SimulationStart;
        html.Append("<h2 id=\"impact\">Impact on the tenant</h2>\n");
        html.Append($"<p>{E(report.Posture.Sentence)}.</p>\n");
        if (impact.Outages.Count == 0 && impact.UnrestorableBackups.Count == 0)
        {
            html.Append("<p>No environment went offline and every backup can be restored.</p>\n");
            return;
        }

        foreach (var (title, rows) in new[] { ("cause (the lock's rule)", impact.ByCause), ("policy", impact.ByPolicy), ("region", impact.ByRegion) })
        {
            if (rows.Count == 0)
            {
                continue;
            }

            html.Append($"<table>\n" + Head($"by {title}", "environments offline", "environment-hours offline", "still locked at the end", "data lost"));
            foreach (var r in rows)
            {
                html.Append(Row(r.Key.StartsWith('(') ? E(r.Key) : title.StartsWith("cause", StringComparison.Ordinal) ? $"<a href=\"#rule-{E(r.Key)}\">{E(r.Key)}</a>" : E(r.Key),
                    ReportFormat.Count(r.EnvironmentsOffline), Posture.Hours(r.EnvironmentHours), ReportFormat.Count(r.StillLocked),
                    r.DataLost > 0 ? $"<span class=\"Critical\">{ReportFormat.Count(r.DataLost)}</span>" : "0"));
            }

            html.Append("</table>\n");
        }

        var locked = impact.StillLocked;
        if (locked.Count > 0)
        {
            html.Append($"<details><summary>{ReportFormat.Count(locked.Count)} environments still locked at the end, with their deletion deadlines</summary>\n<table>\n");
            html.Append(Head("environment", "locked (rule)", "deletion deadline", "left at the end of the run", "lock"));
            foreach (var o in locked.OrderBy(o => o.Deadline).ThenBy(o => o.Environment, StringComparer.Ordinal))
            {
                html.Append(Row(E(o.Environment), $"{E(ReportFormat.Day(start, o.Start))} ({E(o.Rule)})", $"{ReportFormat.Time(o.Deadline)} ({E(ReportFormat.Day(start, o.Deadline))})",
                    E($"{o.LeftBeforeDeletion.TotalDays:0.0} days"), AuditLink(o.LockPosition)));
            }

            html.Append("</table>\n</details>\n");
        }

        if (impact.UnrestorableBackups.Count > 0)
        {
            html.Append($"<details><summary>{ReportFormat.Count(impact.UnrestorableBackups.Count)} backups unrestorable at the end (a key version they need is gone)</summary>\n<table>\n");
            html.Append(Head("environment", "backup", "missing key version", "backup taken"));
            foreach (var b in impact.UnrestorableBackups)
            {
                html.Append(Row(E(b.Environment), E(b.Backup), E(b.Missing.Uri), AuditLink(b.Position)));
            }

            html.Append("</table>\n</details>\n");
        }
    }
}
