using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

public sealed class ReportWriterTests(SignedReportFixture fixture) : IClassFixture<SignedReportFixture>
{
    [Fact]
    public void Every_report_file_and_plot_is_written()
    {
        string[] expected =
        [
            "report.html", "report.md", "results.json", "junit.xml", "audit.jsonl", "wallclock.json", "manifest.json", "assessment-results.json",
            "plots/status.png", "plots/status.svg", "plots/encryption.png", "plots/encryption.svg", "plots/key-versions.png",
            "plots/key-versions.svg", "plots/records.png", "plots/records.svg", "plots/hsm-operations.png",
            "plots/hsm-operations.svg", "plots/wallclock-latency.png", "plots/wallclock-latency.svg",
        ];
        foreach (var file in expected)
        {
            var path = Path.Combine(fixture.Folder, file);
            Assert.True(File.Exists(path), $"missing {file}");
            Assert.True(new FileInfo(path).Length > 0, $"empty {file}");
        }

        var png = File.ReadAllBytes(Path.Combine(fixture.Folder, "plots/status.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
    }

    [Fact]
    public void The_same_report_written_twice_gives_byte_identical_files_apart_from_wall_clock()
    {
        var again = ReportFolders.New("report-again");
        try
        {
            var files = ReportWriter.Write(SyntheticRunReport.Build(), again);

            Assert.Equal(fixture.Files, files);
            foreach (var file in files.Where(f => !f.Contains("wallclock", StringComparison.Ordinal)))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(fixture.Folder, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))),
                    $"{file} differs between two writes of the same report");
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void The_html_page_is_self_contained_small_and_script_free()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Folder, "report.html"));

        Assert.True(html.Length < 5 * 1024 * 1024, $"report.html is {html.Length} bytes");
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(6, Regex.Matches(html, "<svg").Count);
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("FAILED", html);
        // The narrative lists significant entries (here the refusals) and every cited one, counts the routine rest,
        // and every link on the page resolves.
        Assert.Contains("significant of 2,000 entries", html);
        Assert.Contains("id=\"audit-1991\"", html);
        Assert.Empty(ReportLinks.Unresolved(html));
        Assert.Contains("&lt;denied&gt; &amp; logged", html);
        Assert.Contains("<a href=\"#audit-", html);
        Assert.Contains("<pre>stateDiagram-v2", html);
        Assert.True(html.IndexOf("id=\"wallclock\"", StringComparison.Ordinal) > html.IndexOf("id=\"state-machines\"", StringComparison.Ordinal),
            "the wall-clock section comes last");
        // 1,000 environments: the inventory is aggregated, not one row each.
        Assert.Contains("1,000 environments, counted by policy", html);
        Assert.DoesNotContain("<td>env-0001</td><td>policy-1</td>", html);
        // No paragraph inside a table (not HTML: browsers move it out of place).
        Assert.DoesNotMatch(@"<table>\s*<p", html);
    }

    [Fact]
    public void Markdown_links_the_png_plots()
    {
        var md = File.ReadAllText(Path.Combine(fixture.Folder, "report.md"));

        Assert.Contains("](plots/status.png)", md);
        Assert.Contains("](plots/wallclock-latency.png)", md);
        Assert.Contains("**FAILED**", md);
    }

    [Fact]
    public void Junit_has_one_testcase_per_expectation_and_a_failure_with_its_message()
    {
        var junit = XDocument.Load(Path.Combine(fixture.Folder, "junit.xml"));
        var cases = junit.Root!.Element("testsuite")!.Elements("testcase").ToList();

        Assert.Equal(fixture.Report.Expectations.Count, cases.Count);
        var failure = Assert.Single(cases.Descendants("failure"));
        Assert.Equal("12 environments still Enabled", failure.Attribute("message")!.Value);
        Assert.Equal("1", junit.Root!.Element("testsuite")!.Attribute("failures")!.Value);
    }

    [Fact]
    public void Results_json_carries_outcomes_and_verdicts_but_no_wall_clock_values()
    {
        var text = File.ReadAllText(Path.Combine(fixture.Folder, "results.json"));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        Assert.Equal(20250101, root.GetProperty("seed").GetInt64());
        Assert.Equal("failed", root.GetProperty("outcome").GetString());
        Assert.Equal(5, root.GetProperty("expectations").GetArrayLength());
        Assert.Equal(2161, root.GetProperty("counts").GetArrayLength());
        Assert.Equal("2025-01-01T00:00:00Z", root.GetProperty("counts")[0].GetProperty("time").GetString());
        var lk01 = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "LK-01");
        Assert.Equal("Fail", lk01.GetProperty("verdict").GetString());
        Assert.DoesNotContain("scenarioSeconds", text);
        Assert.DoesNotContain("Microseconds", text);
    }

    [Fact]
    public void Audit_jsonl_has_one_object_per_entry_with_the_documented_fields()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Folder, "audit.jsonl"));

        Assert.Equal(fixture.Report.Journal.Count, lines.Length);
        using var first = JsonDocument.Parse(lines[1]);
        // The type first (the journal's vocabulary), then the fields every event has, its own, and the summary last.
        var names = first.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["type", "id", "time", "actor", "cause"], names.Take(5));
        Assert.Contains("target", names);
        Assert.Contains("rule", names);
        Assert.Contains("outcome", names);
        Assert.Equal("summary", names[^1]);
    }
}
