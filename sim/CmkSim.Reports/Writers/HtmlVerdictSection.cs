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
        // The verdicts first, then the scenario's own words, preformatted as written: its text can't pass for ours.
        html.Append($"<h1>CmkSim report: {E(s.Name)}</h1>\n");
        Verdicts(html, report);
        if (!string.IsNullOrWhiteSpace(s.Description))
        {
            html.Append($"<p>The scenario's description:</p>\n<pre class=\"description\">{E(s.Description.TrimEnd('\n'))}</pre>\n");
        }

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
        HtmlFindingsSection.Write(html, report);
        HtmlImpactSection.Write(html, report);
        Expectations(html, report);
    }

    /// <summary>
    /// The two verdicts side by side, each in its own colour: did the script's expectations hold, and what the run
    /// shows about the tenant. Expectations held over lost data is not green.
    /// </summary>
    public static void Verdicts(StringBuilder html, RunReport report)
    {
        var failed = report.Expectations.Count(e => !e.Passed);
        var posture = report.Posture;
        html.Append("<div class=\"verdicts\">\n");
        html.Append($"<div class=\"verdict {(report.Passed ? "passed" : "failed")}\"><span class=\"verdict-label\">Expectations</span>{ReportFormat.Verdict(report.Passed)}: " +
            $"{report.Expectations.Count - failed} of {report.Expectations.Count} expectations held</div>\n");
        html.Append($"<div class=\"verdict {posture.Css}\"><span class=\"verdict-label\">Posture</span>{E(posture.Headline)}" +
            $"<span class=\"verdict-detail\">{E(posture.Sentence)}</span></div>\n");
        html.Append("</div>\n");
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
