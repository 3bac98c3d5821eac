using System.Globalization;
using System.Text;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Plots;
using static CmkSim.Reports.Writers.Md;

namespace CmkSim.Reports.Writers;

/// <summary>report.md: the same content as report.html in Markdown, plots linked as PNG files.</summary>
public static class MarkdownReportWriter
{
    public static string Render(RunReport report, IReadOnlyList<ControlRow> controls, IReadOnlyList<RenderedPlot> plots, RenderedPlot latency)
    {
        var s = report.Scenario;
        var md = new StringBuilder();
        var failed = report.Expectations.Count(e => !e.Passed);
        // The verdicts first, then the scenario's own words as a code block: a description renders as nothing but text.
        md.Append($"# CmkSim report: {Cell(s.Name)}\n\n");
        md.Append($"**Expectations: {ReportFormat.Verdict(report.Passed)}**: {report.Expectations.Count - failed} of {report.Expectations.Count} expectations held.\n\n");
        md.Append($"**Posture: {report.Posture.Word}**: {Text(report.Posture.Sentence)}.\n\n");
        if (!string.IsNullOrWhiteSpace(s.Description))
        {
            md.Append($"The scenario's description:\n\n{Quoted(s.Description)}\n");
        }

        md.Append(Head("fact", "value"));
        md.Append(Row("scenario file", Cell(s.SourceFile)) + Row("seed", s.Seed.ToString(CultureInfo.InvariantCulture)));
        md.Append(Row("scale", s.Scale.ToString(CultureInfo.InvariantCulture)) + Row("tool version", Cell(s.ToolVersion)));
        md.Append(Row("simulated time", $"{ReportFormat.Time(s.SimulationStart)} to {ReportFormat.Time(s.SimulationEnd)} ({ReportFormat.Day(s.SimulationStart, s.SimulationEnd)})"));
        md.Append(Row("audit entries", ReportFormat.Count(report.Journal.Count)) + Row("environments", ReportFormat.Count(report.Inventory.Count)));
        md.Append((s.SigningKeyFingerprint is { } fingerprint ? Row("signed by", $"`{fingerprint}` (manifest.json; check origin with `{Signing.SigningText.CheckOrigin(fingerprint)}`: {Md.Cell(Signing.SigningText.IntegrityOnly)})") : "") + "\n");

        Findings(md, report);
        Impact(md, report);
        MarkdownThrottlingSection.Write(md, report);
        md.Append("## Expectations\n\n" + Head("#", "expectation", "checked at", "outcome", "detail", "rule", "line"));
        foreach (var e in report.Expectations)
        {
            md.Append(Row(e.Index.ToString(CultureInfo.InvariantCulture), Cell(e.Text), e.At is { } at ? ReportFormat.Time(at) : "end of run",
                e.Passed ? "passed" : "**FAILED**", Cell(e.Detail), Cell(e.RuleId), e.SourceLine.ToString(CultureInfo.InvariantCulture)));
        }

        md.Append("\n## Over simulated time\n\n");
        foreach (var plot in plots)
        {
            md.Append($"![{plot.Title}]({plot.PngFile})\n\n");
        }

        Controls(md, controls);
        MarkdownDetailSections.Write(md, report, controls);
        md.Append("## Wall clock (real time; differs between runs)\n\n");
        md.Append("Everything above is simulated and the same for the same seed. These are real measurements, also in `wallclock.json`.\n\n");
        md.Append(Head("measure", "count", "mean µs", "p50 µs", "p95 µs", "p99 µs", "max µs"));
        foreach (var (name, values) in new[] { ("wrap", report.WallClock.WrapMicroseconds), ("unwrap", report.WallClock.UnwrapMicroseconds) })
        {
            var l = LatencySummary.From(values);
            md.Append(Row(name, ReportFormat.Count(l.Count), ReportFormat.Micros(l.Mean), ReportFormat.Micros(l.P50),
                ReportFormat.Micros(l.P95), ReportFormat.Micros(l.P99), ReportFormat.Micros(l.Max)));
        }

        md.Append($"\nScenario wall time: {ReportFormat.Seconds(report.WallClock.ScenarioSeconds)} s.\n\n![{latency.Title}]({latency.PngFile})\n");
        return md.ToString();
    }

    private static void Controls(StringBuilder md, IReadOnlyList<ControlRow> controls)
    {
        md.Append("## Controls\n\nVerdict: Fail when an expectation citing the rule failed, Finding when the run raised a finding on it, else Pass.\n\n");
        md.Append(Head("rule", "kind", "what was tested", "verdict", "proved by audit entries", "NIST SP 800-53"));
        foreach (var c in controls)
        {
            var proof = string.Join(" ", c.AuditIndexes.Take(ReportLimits.ProofLinksShown).Select(i => $"#{i}"));
            if (c.AuditIndexes.Count > ReportLimits.ProofLinksShown)
            {
                proof += $" and {c.AuditIndexes.Count - ReportLimits.ProofLinksShown} more";
            }

            md.Append(Row(c.RuleId, c.Kind, Cell(c.Summary), c.Verdict.ToString(), proof.Length == 0 ? "none" : proof, string.Join(", ", c.NistControls)));
        }

        md.Append('\n');
    }

    private static void Findings(StringBuilder md, RunReport report)
    {
        var start = report.Scenario.SimulationStart;
        md.Append("## Findings by severity\n\n");
        md.Append(string.Join("; ", Enum.GetValues<FindingSeverity>().Reverse().Select(v => $"**{v}**: {FindingSeverityMeaning.Of(v)}")) + ".\n\n");
        if (report.Findings.Count == 0)
        {
            md.Append("No findings.\n\n");
            return;
        }

        md.Append(Head("severity", "rule", "finding", "risk", "remediation", "affected", "when", "evidence"));
        foreach (var g in FindingGroup.Of(report.Findings))
        {
            var subjects = g.Findings.Count == 1 ? Cell(g.Findings[0].Subject)
                : $"{g.Findings.Count} subjects: " + Cell(string.Join(", ", g.Findings.Select(f => f.Subject)));
            md.Append(Row(g.Severity.ToString(), Cell(g.RuleId), Cell($"{g.Guidance?.Title ?? g.RuleId}: {g.Message}"), Cell(g.Guidance?.Risk ?? ""),
                Cell(g.Guidance?.Remediation ?? ""), subjects, $"{ReportFormat.Day(start, g.First)}{(g.First == g.Last ? "" : $" to {ReportFormat.Day(start, g.Last)}")}",
                string.Join(" ", g.Findings[0].Evidence.Select(i => $"#{i}"))));
        }

        md.Append('\n');
    }

    private static void Impact(StringBuilder md, RunReport report)
    {
        var impact = report.Impact;
        md.Append($"## Impact on the tenant\n\n{Text(report.Posture.Sentence)}.\n\n");
        foreach (var (title, rows) in new[] { ("cause", impact.ByCause), ("policy", impact.ByPolicy), ("region", impact.ByRegion) })
        {
            if (rows.Count == 0)
            {
                continue;
            }

            md.Append(Head($"by {title}", "environments offline", "environment-hours offline", "still locked at the end", "data lost"));
            foreach (var r in rows)
            {
                md.Append(Row(Cell(r.Key), ReportFormat.Count(r.EnvironmentsOffline), Posture.Hours(r.EnvironmentHours), ReportFormat.Count(r.StillLocked), ReportFormat.Count(r.DataLost)));
            }

            md.Append('\n');
        }
    }
}
