using System.Text;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>The top of the page: scenario facts, the verdict, findings by severity and the expectations.</summary>
public static class HtmlVerdictSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        var s = report.Scenario;
        var css = report.Passed ? "passed" : "failed";
        var failed = report.Expectations.Count(e => !e.Passed);
        html.Append($"<h1>CmkSim report: {E(s.Name)}</h1>\n<p>{E(s.Description)}</p>\n");
        html.Append($"<div class=\"verdict {css}\">{ReportFormat.Verdict(report.Passed)}: {report.Expectations.Count - failed} of {report.Expectations.Count} expectations held; {report.Findings.Count} findings</div>\n");
        html.Append("<table class=\"meta\">\n");
        html.Append(Row("scenario file", E(s.SourceFile)));
        html.Append(Row("seed", s.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        html.Append(Row("scale", s.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        html.Append(Row("tool version", E(s.ToolVersion)));
        html.Append(Row("simulated time", $"{ReportFormat.Time(s.SimulationStart)} to {ReportFormat.Time(s.SimulationEnd)} ({E(ReportFormat.Day(s.SimulationStart, s.SimulationEnd))})"));
        html.Append(Row("audit entries", ReportFormat.Count(report.Journal.Count)));
        html.Append(Row("environments", ReportFormat.Count(report.Inventory.Count)));
        if (s.SigningKeyFingerprint is { } fingerprint)
        {
            html.Append(Row("signed by", $"<code>{E(fingerprint)}</code> (SHA-256 of this installation's signing key; manifest.json; check origin with <code>{E(Signing.SigningText.CheckOrigin(fingerprint))}</code>: {E(Signing.SigningText.IntegrityOnly)})"));
        }
        html.Append("</table>\n");
        Findings(html, report);
        Expectations(html, report);
    }

    private static void Findings(StringBuilder html, RunReport report)
    {
        html.Append("<h2 id=\"findings\">Findings by severity</h2>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }

        var bySeverity = report.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Time).ToList();
        html.Append("<p>" + string.Join(", ", Enum.GetValues<FindingSeverity>().Reverse()
            .Select(v => $"<span class=\"{v}\">{v}: {report.Findings.Count(f => f.Severity == v)}</span>")) + "</p>\n");
        html.Append("<table>\n" + Head("severity", "rule", "when", "subject", "finding", "evidence"));
        foreach (var f in bySeverity)
        {
            html.Append(Row($"<span class=\"{f.Severity}\">{f.Severity}</span>", $"<a href=\"#rule-{E(f.RuleId)}\">{E(f.RuleId)}</a>",
                $"{ReportFormat.Time(f.Time)}<br>{E(ReportFormat.Day(report.Scenario.SimulationStart, f.Time))}",
                E(f.Subject), E(f.Message), string.Join(" ", f.Evidence.Select(AuditLink))));
        }

        html.Append("</table>\n");
    }

    private static void Expectations(StringBuilder html, RunReport report)
    {
        html.Append("<h2 id=\"expectations\">Expectations</h2>\n<table>\n" + Head("#", "expectation", "checked at", "outcome", "detail", "rule", "line"));
        foreach (var e in report.Expectations)
        {
            html.Append(Row(e.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), E(e.Text),
                e.At is { } at ? $"{ReportFormat.Time(at)}<br>{E(ReportFormat.Day(report.Scenario.SimulationStart, at))}" : "end of run",
                e.Passed ? "<span class=\"Pass\">passed</span>" : "<span class=\"Fail\">FAILED</span>",
                E(e.Detail), e.RuleId is { } r ? $"<a href=\"#rule-{E(r)}\">{E(r)}</a>" : "",
                e.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        html.Append("</table>\n");
    }
}
