using System.Text.Json;
using System.Text.RegularExpressions;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Oscal;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>
/// assessment-results.json checked against the OSCAL 1.1.2 assessment-results model, written from the model's
/// definitions: the required fields of each assembly, UUIDs in RFC 4122 form (version 5 here), allowed values, and
/// every reference inside the document resolving (observations, risks, objectives, controls, the imported plan).
/// </summary>
public sealed partial class OscalAssessmentResultsTests(SignedReportFixture fixture) : IClassFixture<SignedReportFixture>
{
    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV5();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeWithTimezone();

    // OSCAL token: an XML NCName (no colon, no leading digit or punctuation).
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex Token();

    private JsonElement Document => JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, ReportFiles.AssessmentResults))).RootElement;

    [Fact]
    public void Version_5_uuids_match_the_rfc_examples()
    {
        // RFC 9562 appendix A.4, and Python's uuid5(NAMESPACE_DNS, "python.org").
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", DeterministicUuid.V5(dns, "www.example.com").ToString());
        Assert.Equal("886313e1-3b8a-5372-9b90-0c9aee199e5d", DeterministicUuid.V5(dns, "python.org").ToString());
    }

    [Fact]
    public void The_document_has_every_field_the_model_requires()
    {
        var ar = Required(Document, "assessment-results");
        Uuid(ar);
        var metadata = Required(ar, "metadata");
        foreach (var field in new[] { "title", "last-modified", "version", "oscal-version" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Required(metadata, field).GetString()), field);
        }

        Assert.Equal("1.1.2", metadata.GetProperty("oscal-version").GetString());
        Assert.Matches(DateTimeWithTimezone(), metadata.GetProperty("last-modified").GetString()!);
        Required(Required(ar, "import-ap"), "href");

        var result = Assert.Single(Required(ar, "results").EnumerateArray());
        Uuid(result);
        Required(result, "title");
        Required(result, "description");
        Assert.Equal("2025-01-01T00:00:00Z", Required(result, "start").GetString());
        Assert.Matches(DateTimeWithTimezone(), Required(result, "end").GetString()!);
        var selections = Required(Required(result, "reviewed-controls"), "control-selections");
        Assert.NotEmpty(selections.EnumerateArray());

        foreach (var objective in Required(Required(ar, "local-definitions"), "objectives-and-methods").EnumerateArray())
        {
            Assert.Matches(Token(), Required(objective, "control-id").GetString()!);
            var parts = Required(objective, "parts").EnumerateArray().ToList();
            var objectivePart = Assert.Single(parts, p => p.GetProperty("name").GetString() == "assessment-objective");
            var method = Assert.Single(parts, p => p.GetProperty("name").GetString() == "assessment-method");
            // The model's constraints: an objective names its method; a method says how (once) and on what.
            Assert.Equal(method.GetProperty("id").GetString(), Assert.Single(Props(objectivePart), p => p.Name == "method-id").Value);
            Assert.Equal("TEST", Assert.Single(Props(method), p => p.Name == "method").Value);
            Assert.Single(method.GetProperty("parts").EnumerateArray(), p => p.GetProperty("name").GetString() == "assessment-objects");
        }

        foreach (var observation in result.GetProperty("observations").EnumerateArray())
        {
            Uuid(observation);
            Required(observation, "description");
            Assert.Equal(["TEST"], Required(observation, "methods").EnumerateArray().Select(m => m.GetString()));
            Assert.Matches(DateTimeWithTimezone(), Required(observation, "collected").GetString()!);
            foreach (var evidence in observation.TryGetProperty("relevant-evidence", out var list) ? list.EnumerateArray() : default)
            {
                Required(evidence, "description");
            }
        }

        foreach (var risk in result.GetProperty("risks").EnumerateArray())
        {
            Uuid(risk);
            foreach (var field in new[] { "title", "description", "statement", "status" })
            {
                Required(risk, field);
            }

            var remediation = Assert.Single(Required(risk, "remediations").EnumerateArray());
            Uuid(remediation);
            Assert.Contains(Required(remediation, "lifecycle").GetString(), new[] { "recommendation", "planned", "completed" });
            Required(remediation, "title");
            Required(remediation, "description");
        }

        foreach (var finding in result.GetProperty("findings").EnumerateArray())
        {
            Uuid(finding);
            Required(finding, "title");
            Required(finding, "description");
            var target = Required(finding, "target");
            Assert.Contains(Required(target, "type").GetString(), new[] { "statement-id", "objective-id" });
            Assert.Matches(Token(), Required(target, "target-id").GetString()!);
            var state = Required(Required(target, "status"), "state").GetString();
            Assert.Contains(state, new[] { "satisfied", "not-satisfied" });
        }

        foreach (var prop in AllProps(Document))
        {
            Assert.Matches(Token(), prop.Name);
            Assert.Equal(prop.Value.Trim(), prop.Value);
            Assert.NotEmpty(prop.Value);
        }
    }

    [Fact]
    public void Every_reference_resolves_and_every_uuid_is_unique()
    {
        var ar = Document.GetProperty("assessment-results");
        var result = ar.GetProperty("results")[0];
        var observations = result.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("uuid").GetString()).ToHashSet();
        var risks = result.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("uuid").GetString()).ToHashSet();
        var objectives = ar.GetProperty("local-definitions").GetProperty("objectives-and-methods").EnumerateArray().ToList();
        var objectiveIds = objectives.SelectMany(o => o.GetProperty("parts").EnumerateArray())
            .Where(p => p.GetProperty("name").GetString() == "assessment-objective").Select(p => p.GetProperty("id").GetString()).ToHashSet();
        var reviewed = result.GetProperty("reviewed-controls");
        var controls = reviewed.GetProperty("control-selections").EnumerateArray()
            .SelectMany(s => s.GetProperty("include-controls").EnumerateArray()).Select(c => c.GetProperty("control-id").GetString()).ToHashSet();

        Assert.All(objectives, o => Assert.Contains(o.GetProperty("control-id").GetString(), controls));
        Assert.All(reviewed.GetProperty("control-objective-selections")[0].GetProperty("include-objectives").EnumerateArray(),
            o => Assert.Contains(o.GetProperty("objective-id").GetString(), objectiveIds));
        foreach (var finding in result.GetProperty("findings").EnumerateArray())
        {
            Assert.Contains(finding.GetProperty("target").GetProperty("target-id").GetString(), objectiveIds);
            Assert.All(finding.GetProperty("related-observations").EnumerateArray(), r => Assert.Contains(r.GetProperty("observation-uuid").GetString(), observations));
            Assert.All(finding.TryGetProperty("related-risks", out var related) ? related.EnumerateArray() : default,
                r => Assert.Contains(r.GetProperty("risk-uuid").GetString(), risks));
        }

        foreach (var risk in result.GetProperty("risks").EnumerateArray())
        {
            Assert.All(risk.GetProperty("related-observations").EnumerateArray(), r => Assert.Contains(r.GetProperty("observation-uuid").GetString(), observations));
        }

        var resources = ar.GetProperty("back-matter").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("uuid").GetString()).ToHashSet();
        var href = ar.GetProperty("import-ap").GetProperty("href").GetString()!;
        Assert.StartsWith("#", href);
        Assert.Contains(href[1..], resources);

        foreach (var evidence in result.GetProperty("observations").EnumerateArray()
                     .SelectMany(o => o.TryGetProperty("relevant-evidence", out var list) ? list.EnumerateArray() : default))
        {
            var link = evidence.GetProperty("href").GetString()!;
            if (link.StartsWith("report.html#audit-", StringComparison.Ordinal))
            {
                Assert.InRange(int.Parse(link["report.html#audit-".Length..], System.Globalization.CultureInfo.InvariantCulture), 0, fixture.Report.Journal.Count - 1);
            }
            else
            {
                Assert.Equal(ReportFiles.Audit, link);
            }
        }

        var uuids = AllUuids(Document).ToList();
        Assert.All(uuids, u => Assert.Matches(UuidV5(), u));
        Assert.Equal(uuids.Count, uuids.Distinct().Count());
    }

    [Fact]
    public void Each_rule_is_an_objective_whose_finding_is_satisfied_only_when_the_rule_held_and_each_finding_is_a_risk()
    {
        var result = Document.GetProperty("assessment-results").GetProperty("results")[0];
        var rows = ControlsTable.Compute(fixture.Report).Where(r => r.NistControls.Count > 0).ToList();
        var findings = result.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("target").GetProperty("target-id").GetString()!, f => f.GetProperty("target").GetProperty("status").GetProperty("state").GetString());

        Assert.Equal(rows.Count, findings.Count);
        foreach (var row in rows)
        {
            Assert.Equal(row.Verdict == ControlVerdict.Pass ? "satisfied" : "not-satisfied", findings[AssessmentResultsWriter.ObjectiveId(row.RuleId)]);
        }

        Assert.Equal("not-satisfied", findings["cmk-en-08_obj"]);
        Assert.Equal(fixture.Report.Findings.Count, result.GetProperty("risks").GetArrayLength());
        var en08 = result.GetProperty("observations").EnumerateArray().Single(o => o.GetProperty("title").GetString() == "EN-08 finding on kv-contoso/cmk");
        Assert.Equal(["report.html#audit-8", "report.html#audit-18"], en08.GetProperty("relevant-evidence").EnumerateArray().Select(e => e.GetProperty("href").GetString()));
        Assert.Contains(fixture.Manifest.Files, f => f.Path == ReportFiles.AssessmentResults);
    }

    [Fact]
    public void The_file_is_byte_identical_for_a_seed_and_its_uuids_change_with_the_seed()
    {
        var controls = ControlsTable.Compute(fixture.Report);
        var again = AssessmentResultsWriter.Render(fixture.Report, controls);
        var reseeded = fixture.Report with { Scenario = fixture.Report.Scenario with { Seed = fixture.Report.Scenario.Seed + 1 } };

        Assert.Equal(File.ReadAllText(Path.Combine(fixture.Folder, ReportFiles.AssessmentResults)), again);
        var other = JsonDocument.Parse(AssessmentResultsWriter.Render(reseeded, controls)).RootElement;
        Assert.Empty(AllUuids(Document).Intersect(AllUuids(other)));
    }

    private static JsonElement Required(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"missing required '{name}'");
        Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
        return value;
    }

    private static void Uuid(JsonElement element) => Assert.Matches(UuidV5(), Required(element, "uuid").GetString()!);

    private static IEnumerable<(string Name, string Value)> Props(JsonElement element) =>
        element.TryGetProperty("props", out var props)
            ? props.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))
            : [];

    private static IEnumerable<(string Name, string Value)> AllProps(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Props(element).Concat(element.EnumerateObject().SelectMany(p => AllProps(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllProps),
        _ => [],
    };

    // Every "uuid" an element defines (references are named *-uuid).
    private static IEnumerable<string> AllUuids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "uuid" ? [p.Value.GetString()!] : AllUuids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllUuids),
        _ => [],
    };
}
