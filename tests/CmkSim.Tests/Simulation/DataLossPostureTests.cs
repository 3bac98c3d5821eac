using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Rules;
using CmkSim.Reports.Model;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>The library's data-loss run: its expectations hold, and its first screen says in red that data was lost.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DataLossPostureTests
{
    [Fact]
    public async Task The_data_loss_report_says_data_lost_on_16_environments_next_to_expectations_held()
    {
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(
            ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "03-malicious-admin-data-loss.yaml")));
        var report = RunReportMapper.Map(result, 1);
        var html = ReportLinks.Html(report);

        var banner = html[html.IndexOf("<div class=\"verdicts\">", StringComparison.Ordinal)..html.IndexOf("<table class=\"meta\">", StringComparison.Ordinal)];
        Assert.Contains("<div class=\"verdict passed\"><span class=\"verdict-label\">Expectations</span>PASSED: 10 of 10 expectations held", banner);
        Assert.Contains("<div class=\"verdict harmed\"><span class=\"verdict-label\">Posture</span>DATA LOST on 16 environments", banner);
        Assert.Empty(ReportLinks.Unresolved(html));

        // The outage is a finding from the revocation on day 10, under the lock's rule, not first seen at the deletion.
        var outages = report.Findings.Where(f => f.Guidance == Lk02LockedEnvironmentDeletion.OutageGuidance).ToList();
        Assert.Equal(16, outages.Count);
        Assert.All(outages, f => Assert.Equal(10, (f.Time - result.Start).TotalDays, 2));
        Assert.Equal(16, report.Findings.Count(f => f.RuleId == RuleId.LK02 && f.Severity == FindingSeverity.Critical));
        // 10 production environments locked 30 days and 6 sandboxes 7 days: 8,208 environment-hours.
        Assert.Equal((10 * 30 + 6 * 7) * 24, report.Impact.EnvironmentHours, 3);
        Assert.Equal(16, report.Impact.DataLost.Count);
        Assert.Equal(PostureLevel.DataLost, report.Posture.Level);
        // Deleted environments show as deleted in the inventory, not as encrypted on the customer key.
        Assert.All(report.Inventory.Where(r => r.Status == "Deleted"), r => Assert.Equal("Deleted (data lost)", r.Encryption));
        Assert.Equal(16, report.Inventory.Count(r => r.Status == "Deleted"));
        Assert.True(report.Timeline[^1].LostRecords > 0);
    }
}
