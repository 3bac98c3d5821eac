using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

public sealed class IndexWriterTests
{
    [Fact]
    public void The_index_has_a_row_per_scenario_with_verdict_link_and_rule_coverage()
    {
        var folder = ReportFolders.New("index");
        try
        {
            var small = SyntheticRunReport.Build(environments: 10, days: 5, auditEntries: 50);
            var passing = small with { Scenario = small.Scenario with { Name = "all-good" }, Expectations = small.Expectations.Where(e => e.Passed).ToList() };

            var files = IndexWriter.Write(folder, [new IndexEntry(small, "revocation-drill/report.html"), new IndexEntry(passing, "all-good/report.html")]);

            Assert.All(files, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("1 of 2 scenarios passed", html);
            Assert.Contains("href=\"revocation-drill/report.html\"", html);
            Assert.Contains("KV-01", html);
            Assert.Contains("<svg", html);
            Assert.Contains("(all-good/report.md)", File.ReadAllText(Path.Combine(folder, "index.md")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
