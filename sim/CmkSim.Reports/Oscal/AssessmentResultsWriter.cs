using System.Globalization;
using System.Text.Json;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Oscal;

/// <summary>
/// assessment-results.json: the run as a NIST OSCAL 1.1.2 assessment-results document. One result spans the simulated
/// window; its reviewed controls are the NIST SP 800-53 controls of the rules the run touched; each rule is a local
/// objective (tested by the simulation: method TEST); observations point at journal entries; one finding per rule says
/// whether its objective was satisfied; each compliance finding is a risk with its remediation. Every UUID is a v5
/// UUID of seed, scenario and element, and nothing depends on the wall clock or the signer, so the file is
/// byte-identical for a seed.
/// </summary>
public static class AssessmentResultsWriter
{
    public const string OscalVersion = "1.1.2";

    /// <summary>The namespace of the properties CmkSim adds (OSCAL requires one for names it does not define).</summary>
    public const string Namespace = "urn:cmksim:oscal";

    /// <summary>At most this many journal entries are linked per observation; the rest are counted (large runs cite thousands).</summary>
    public const int MaxEvidenceLinks = 50;

    public static string Render(RunReport report, IReadOnlyList<ControlRow> controls)
    {
        var s = report.Scenario;
        string Uuid(string element) => DeterministicUuid.For(s.Seed, s.Name, element);
        var rows = controls.Where(r => r.NistControls.Count > 0).ToList();
        var findings = report.Findings.Select((f, i) => (Finding: f, Index: i)).ToList();
        var scenarioResource = Uuid("back-matter/scenario");

        return ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("assessment-results");
            w.WriteString("uuid", Uuid("assessment-results"));
            Metadata(w, report);
            w.WriteStartObject("import-ap");
            w.WriteString("href", "#" + scenarioResource);
            w.WriteString("remarks", "The plan is the scenario file (see back-matter); it is not an OSCAL assessment plan.");
            w.WriteEndObject();
            w.WriteStartObject("local-definitions");
            w.WriteStartArray("objectives-and-methods");
            foreach (var row in rows)
            {
                Objective(w, row);
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("results");
            w.WriteStartObject();
            w.WriteString("uuid", Uuid("result"));
            w.WriteString("title", $"Simulated run of {s.Name}");
            w.WriteString("description", $"{s.Description}\n\nSeed {Invariant(s.Seed)}, scale {Invariant(s.Scale)}, {report.Journal.Count} journal entries ({ReportFiles.Audit}).");
            w.WriteString("start", ReportFormat.Time(s.SimulationStart));
            w.WriteString("end", ReportFormat.Time(s.SimulationEnd));
            ReviewedControls(w, rows);
            w.WriteStartArray("observations");
            foreach (var row in rows)
            {
                RuleObservation(w, report, row, Uuid($"observation/rule/{row.RuleId}"));
            }

            foreach (var (finding, index) in findings)
            {
                FindingObservation(w, report, finding, Uuid($"observation/finding/{index}"));
            }

            w.WriteEndArray();
            if (findings.Count > 0)
            {
                w.WriteStartArray("risks");
                foreach (var (finding, index) in findings)
                {
                    Risk(w, finding, Uuid($"risk/{index}"), Uuid($"risk/{index}/remediation"), Uuid($"observation/finding/{index}"));
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("findings");
            foreach (var row in rows)
            {
                var ofRule = findings.Where(f => f.Finding.RuleId == row.RuleId).ToList();
                RuleFinding(w, report, row, Uuid($"finding/{row.RuleId}"),
                    [Uuid($"observation/rule/{row.RuleId}"), .. ofRule.Select(f => Uuid($"observation/finding/{f.Index}"))],
                    ofRule.Select(f => Uuid($"risk/{f.Index}")).ToList());
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartObject("back-matter");
            w.WriteStartArray("resources");
            w.WriteStartObject();
            w.WriteString("uuid", scenarioResource);
            w.WriteString("title", $"Scenario {s.Name}");
            w.WriteString("description", $"The scenario file run as the assessment plan: {s.SourceFile}");
            w.WriteStartArray("props");
            Prop(w, "scenario-file", s.SourceFile);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteEndObject();
            w.WriteEndObject();
        }) + "\n";
    }

    /// <summary>The objective ID a rule gets (an OSCAL token): <c>cmk-kv-01_obj</c>.</summary>
    public static string ObjectiveId(string ruleId) => $"{Token(ruleId)}_obj";

    private static string MethodId(string ruleId) => $"{Token(ruleId)}_mth";

    private static string Token(string ruleId) => "cmk-" + new string(ruleId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>NIST SP 800-53 control IDs as the OSCAL catalogues spell them ("SC-12" is "sc-12").</summary>
    public static string ControlId(string nist) => nist.ToLowerInvariant();

    private static void Metadata(Utf8JsonWriter w, RunReport report)
    {
        var s = report.Scenario;
        w.WriteStartObject("metadata");
        w.WriteString("title", $"CmkSim assessment results: {s.Name}");
        // The simulated end, not the wall clock: the file is the same for the same seed.
        w.WriteString("last-modified", ReportFormat.Time(s.SimulationEnd));
        w.WriteString("version", s.ToolVersion);
        w.WriteString("oscal-version", OscalVersion);
        w.WriteStartArray("props");
        Prop(w, "seed", Invariant(s.Seed));
        Prop(w, "scale", Invariant(s.Scale));
        Prop(w, "expectations", report.Passed ? "held" : "failed");
        w.WriteEndArray();
        w.WriteString("remarks", "Generated by CmkSim from a simulated run, not from an assessment of a live tenant.");
        w.WriteEndObject();
    }

    private static void Objective(Utf8JsonWriter w, ControlRow row)
    {
        w.WriteStartObject();
        w.WriteString("control-id", ControlId(row.NistControls[0]));
        w.WriteString("description", $"{row.RuleId} ({row.Kind}): {row.Summary}");
        w.WriteStartArray("props");
        Prop(w, "rule-id", row.RuleId);
        Prop(w, "nist-controls", string.Join(' ', row.NistControls));
        w.WriteEndArray();
        w.WriteStartArray("parts");
        w.WriteStartObject();
        w.WriteString("id", ObjectiveId(row.RuleId));
        w.WriteString("name", "assessment-objective");
        w.WriteStartArray("props");
        w.WriteStartObject();
        w.WriteString("name", "method-id");
        w.WriteString("value", MethodId(row.RuleId));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("prose", $"The simulated tenant keeps rule {row.RuleId}: {row.Summary}");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("id", MethodId(row.RuleId));
        w.WriteString("name", "assessment-method");
        w.WriteStartArray("props");
        w.WriteStartObject();
        w.WriteString("name", "method");
        w.WriteString("value", "TEST");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("parts");
        w.WriteStartObject();
        w.WriteString("name", "assessment-objects");
        w.WriteString("prose", $"The run's journal ({ReportFiles.Audit}), the scenario's expectations and the finding checks over the journal.");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ReviewedControls(Utf8JsonWriter w, IReadOnlyList<ControlRow> rows)
    {
        w.WriteStartObject("reviewed-controls");
        w.WriteStartArray("control-selections");
        w.WriteStartObject();
        w.WriteString("description", "The NIST SP 800-53 controls of the rules the run touched (CmkSim's rule-to-control map).");
        w.WriteStartArray("include-controls");
        foreach (var control in rows.SelectMany(r => r.NistControls).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("control-id", ControlId(control));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("control-objective-selections");
        w.WriteStartObject();
        w.WriteStartArray("include-objectives");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteString("objective-id", ObjectiveId(row.RuleId));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void RuleObservation(Utf8JsonWriter w, RunReport report, ControlRow row, string uuid)
    {
        w.WriteStartObject();
        w.WriteString("uuid", uuid);
        w.WriteString("title", $"{row.RuleId}: journal entries");
        w.WriteString("description", row.AuditIndexes.Count == 0
            ? $"No journal entry names {row.RuleId}; it is cited by an expectation or a finding."
            : $"{row.AuditIndexes.Count} journal entries apply or prove {row.RuleId}.");
        Methods(w, "control-objective");
        Evidence(w, report, row.AuditIndexes);
        w.WriteString("collected", ReportFormat.Time(report.Scenario.SimulationEnd));
        w.WriteEndObject();
    }

    private static void FindingObservation(Utf8JsonWriter w, RunReport report, Finding finding, string uuid)
    {
        w.WriteStartObject();
        w.WriteString("uuid", uuid);
        w.WriteString("title", $"{finding.RuleId} finding on {finding.Subject}");
        w.WriteString("description", finding.Message);
        w.WriteStartArray("props");
        Prop(w, "severity", Severity(finding.Severity));
        Prop(w, "subject", finding.Subject);
        w.WriteEndArray();
        Methods(w, "finding");
        Evidence(w, report, finding.Evidence);
        w.WriteString("collected", ReportFormat.Time(finding.Time));
        w.WriteEndObject();
    }

    private static void Methods(Utf8JsonWriter w, string type)
    {
        w.WriteStartArray("methods");
        w.WriteStringValue("TEST");
        w.WriteEndArray();
        w.WriteStartArray("types");
        w.WriteStringValue(type);
        w.WriteEndArray();
    }

    // Each cited entry links to its row in report.html (#audit-N, line N+1 of audit.jsonl).
    private static void Evidence(Utf8JsonWriter w, RunReport report, IReadOnlyList<int> entries)
    {
        var valid = entries.Where(i => i >= 0 && i < report.Journal.Count).Distinct().Order().ToList();
        if (valid.Count == 0)
        {
            return;
        }

        w.WriteStartArray("relevant-evidence");
        foreach (var index in valid.Take(MaxEvidenceLinks))
        {
            var entry = report.Journal[index];
            w.WriteStartObject();
            w.WriteString("href", $"{ReportFiles.Html}#audit-{index}");
            w.WriteString("description", $"Journal entry #{index} ({ReportFiles.Audit} line {index + 1}, {ReportFormat.Time(entry.Time)}): {entry.Summary()}");
            w.WriteEndObject();
        }

        if (valid.Count > MaxEvidenceLinks)
        {
            w.WriteStartObject();
            w.WriteString("href", ReportFiles.Audit);
            w.WriteString("description", $"{valid.Count - MaxEvidenceLinks} more journal entries: #{string.Join(", #", valid.Skip(MaxEvidenceLinks).Select(i => Invariant(i)))}");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Risk(Utf8JsonWriter w, Finding finding, string uuid, string remediationUuid, string observationUuid)
    {
        var rule = RuleCatalog.Find(finding.RuleId);
        var summary = rule?.Summary ?? "(not in the rule catalogue)";
        w.WriteStartObject();
        w.WriteString("uuid", uuid);
        w.WriteString("title", $"{finding.RuleId} ({Severity(finding.Severity)}): {finding.Subject}");
        w.WriteString("description", finding.Message);
        // The risk statement and remediation are the finding type's own, kept beside its check in the rule's home.
        w.WriteString("statement", finding.Guidance is { } risk ? $"{risk.Risk} Rule {finding.RuleId}: {summary}" : $"{finding.Message}. Rule {finding.RuleId}: {summary}");
        w.WriteStartArray("props");
        Prop(w, "severity", Severity(finding.Severity));
        Prop(w, "rule-id", finding.RuleId);
        w.WriteEndArray();
        w.WriteString("status", "open");
        w.WriteStartArray("remediations");
        w.WriteStartObject();
        w.WriteString("uuid", remediationUuid);
        w.WriteString("lifecycle", "recommendation");
        w.WriteString("title", finding.Guidance?.Title ?? $"Keep rule {finding.RuleId}");
        if (finding.Guidance is { } guidance)
        {
            w.WriteString("description", guidance.Remediation);
        }
        else
        {
            w.WriteString("description", $"Act on: {finding.Message}. Restore what rule {finding.RuleId} requires: {summary}");
            w.WriteString("remarks", "Derived from the finding's message and the rule summary (this finding type has no remediation text).");
        }
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("related-observations");
        w.WriteStartObject();
        w.WriteString("observation-uuid", observationUuid);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void RuleFinding(Utf8JsonWriter w, RunReport report, ControlRow row, string uuid, IReadOnlyList<string> observations, IReadOnlyList<string> risks)
    {
        var satisfied = row.Verdict == ControlVerdict.Pass;
        var failedExpectations = report.Expectations.Count(e => e.RuleId == row.RuleId && !e.Passed);
        var ofRule = report.Findings.Where(f => f.RuleId == row.RuleId).ToList();
        w.WriteStartObject();
        w.WriteString("uuid", uuid);
        w.WriteString("title", $"{row.RuleId}: {(satisfied ? "satisfied" : "not satisfied")}");
        w.WriteString("description", row.Verdict switch
        {
            ControlVerdict.Fail => $"{failedExpectations} expectation(s) citing {row.RuleId} failed.",
            ControlVerdict.Finding => $"The run raised {ofRule.Count} finding(s) on {row.RuleId}.",
            _ => $"Every check of {row.RuleId} held.",
        });
        w.WriteStartArray("props");
        Prop(w, "verdict", row.Verdict.ToString().ToLowerInvariant());
        if (ofRule.Count > 0)
        {
            Prop(w, "severity", Severity(ofRule.Max(f => f.Severity)));
        }

        w.WriteEndArray();
        w.WriteStartObject("target");
        w.WriteString("type", "objective-id");
        w.WriteString("target-id", ObjectiveId(row.RuleId));
        w.WriteStartObject("status");
        w.WriteString("state", satisfied ? "satisfied" : "not-satisfied");
        w.WriteString("reason", satisfied ? "pass" : "fail");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("related-observations");
        foreach (var observation in observations)
        {
            w.WriteStartObject();
            w.WriteString("observation-uuid", observation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (risks.Count > 0)
        {
            w.WriteStartArray("related-risks");
            foreach (var risk in risks)
            {
                w.WriteStartObject();
                w.WriteString("risk-uuid", risk);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    // OSCAL prop values are non-empty with no surrounding whitespace.
    private static void Prop(Utf8JsonWriter w, string name, string value)
    {
        value = value.Trim() is { Length: > 0 } trimmed ? trimmed : "(none)";
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("ns", Namespace);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    public static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
