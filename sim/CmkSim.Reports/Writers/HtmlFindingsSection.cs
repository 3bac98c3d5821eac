using System.Text;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>
/// The findings: what each severity means, then one row per group of identical findings with its risk, its
/// remediation, the rule's text from the catalogue and the evidence chain; the affected subjects expand.
/// </summary>
public static class HtmlFindingsSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        html.Append("<h2 id=\"findings\">Findings by severity</h2>\n");
        html.Append("<p class=\"note\">Severity: " + string.Join("; ", Enum.GetValues<FindingSeverity>().Reverse()
            .Select(v => $"<span class=\"{v}\">{v}</span>: {E(FindingSeverityMeaning.Of(v))}")) + ".</p>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }

        var groups = FindingGroup.Of(report.Findings);
        html.Append("<p>" + string.Join(", ", Enum.GetValues<FindingSeverity>().Reverse()
            .Select(v => $"<span class=\"{v}\">{v}: {report.Findings.Count(f => f.Severity == v)}</span>")) +
            $" ({report.Findings.Count} findings in {groups.Count} group{(groups.Count == 1 ? "" : "s")} of identical findings)</p>\n");
        html.Append("<table class=\"findings\">\n" + Head("severity", "rule", "finding", "affected", "evidence (cause chain)"));
        var outages = report.Impact.Outages.ToDictionary(o => o.LockPosition);
        var start = report.Scenario.SimulationStart;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var finding = new StringBuilder();
            finding.Append($"<b>{E(g.Guidance?.Title ?? g.RuleId)}</b><br>{E(g.Message)}");
            var hours = g.Findings.Select(f => f.Evidence.Count > 0 ? outages.GetValueOrDefault(f.Evidence[0]) : null).OfType<Outage>().ToList();
            if (hours.Count > 0)
            {
                finding.Append($"<br><b>{Posture.Hours(hours.Sum(o => o.Hours))} environment-hours offline</b> ({hours.Count(o => o.Ending == OutageEnding.StillLocked)} still locked, " +
                    $"{hours.Count(o => o.Ending == OutageEnding.ReEnabled)} re-enabled, {hours.Count(o => o.Ending == OutageEnding.Deleted)} deleted at the deadline, " +
                    $"{hours.Count(o => o.Ending == OutageEnding.DeletedByAdmin)} deleted by an admin)");
            }

            if (g.Guidance is { } guidance)
            {
                finding.Append($"<br><i>Risk:</i> {E(guidance.Risk)}<br><i>Remediation:</i> {E(guidance.Remediation)}");
            }

            if (Domain.Rules.RuleCatalog.All.FirstOrDefault(r => r.Id == g.RuleId) is { } rule)
            {
                finding.Append($"<blockquote>{E(rule.Id)}: &ldquo;{E(rule.Summary)}&rdquo; <span class=\"note\">(seed section: {E(rule.Source)})</span></blockquote>");
            }

            var when = g.First == g.Last
                ? $"{ReportFormat.Time(g.First)} ({E(ReportFormat.Day(start, g.First))})"
                : $"{ReportFormat.Time(g.First)} to {ReportFormat.Time(g.Last)} ({E(ReportFormat.Day(start, g.First))} to {E(ReportFormat.Day(start, g.Last))})";
            html.Append($"<tr id=\"finding-{i}\">" +
                $"<td><span class=\"{g.Severity}\">{g.Severity}</span></td><td><a href=\"#rule-{E(g.RuleId)}\">{E(g.RuleId)}</a></td>" +
                $"<td>{finding}</td><td>{Affected(g, start)}<br><span class=\"note\">{when}</span></td>" +
                $"<td>{string.Join(" ", g.Findings[0].Evidence.Select(AuditLink))}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>One subject inline; several as a count that expands to each subject with its own evidence.</summary>
    private static string Affected(FindingGroup g, DateTimeOffset start)
    {
        if (g.Findings.Count == 1)
        {
            return E(g.Findings[0].Subject);
        }

        var list = string.Concat(g.Findings.Select(f =>
            $"<li>{E(f.Subject)} <span class=\"note\">{E(ReportFormat.Day(start, f.Time))}</span> {string.Join(" ", f.Evidence.Select(AuditLink))}</li>"));
        return $"<details><summary>{g.Findings.Count} subjects</summary><ul>{list}</ul></details>";
    }
}
