using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Plots;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Throttling;

/// <summary>Scenario 23 with throttling on (the re-enable stretches past LK-03's five minutes, with 429s) and off (it doesn't).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ThrottledReEnableScenarioTests
{
    private static readonly string Path23 = Path.Combine(RepoPaths.Root, "scenarios", "23-throttled-mass-re-enable.yaml");

    [Fact]
    public async Task With_throttling_on_the_mass_re_enable_stretches_past_five_minutes_with_429s_and_the_finding()
    {
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(Path23));

        Assert.True(result.Passed);
        var stretched = ReEnables(result).Where(r => r.Took > Lk03ReEnable.MaxDuration).ToList();
        Assert.NotEmpty(stretched);
        Assert.All(stretched, r => Assert.True(r.Event.Throttled is { Rejections: > 0 }));
        Assert.Equal(stretched.Count, result.Findings.Count(f => f.RuleId == RuleId.LK03 && f.Guidance == Lk03ReEnable.ThrottledGuidance));
        Assert.True(result.Throttling!.Rejected > 0);

        var report = RunReportMapper.Map(result, 1);
        var html = ReportLinks.Html(report);
        Assert.Contains("id=\"throttling\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportPlots.Simulated(report), p => p.Name == ThrottlingPlot.Name);
        Assert.Contains("\"throttling\"", ResultsJsonWriter.Render(report, []), StringComparison.Ordinal);
        Assert.Contains("\"throttled\":{", AuditJsonlWriter.Render(report.Journal), StringComparison.Ordinal);
        var md = MarkdownReportWriter.Render(report, ControlsTable.Compute(report), [], new("none", "none", "<svg></svg>", []));
        Assert.Contains("## Key Vault throttling", md, StringComparison.Ordinal);
        Assert.Contains("answered 429", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_throttling_off_every_re_enable_stays_within_five_minutes_and_no_finding()
    {
        var yaml = File.ReadAllText(Path23).Replace("enabled: true", "enabled: false", StringComparison.Ordinal);
        var scenario = ScenarioLoader.Parse(yaml, Path23);
        Assert.False(scenario.Platform.Throttling.Enabled);

        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(scenario);

        var reEnables = ReEnables(result);
        Assert.Equal(60, reEnables.Count);
        Assert.All(reEnables, r => Assert.True(r.Took <= Lk03ReEnable.MaxDuration && r.Event.Throttled is null));
        Assert.DoesNotContain(result.Findings, f => f.Guidance == Lk03ReEnable.ThrottledGuidance);
        Assert.Null(result.Throttling);
        Assert.DoesNotContain(result.Journal, e => e.Throttled is not null);
        Assert.DoesNotContain("id=\"throttling\"", ReportLinks.Html(RunReportMapper.Map(result, 1)), StringComparison.Ordinal);
    }

    private static List<(EnvironmentReEnabled Event, TimeSpan Took)> ReEnables(ScenarioRunResult result)
    {
        var requests = result.Journal.OfType<ReEnableRequested>().ToDictionary(r => r.Id);
        return result.Journal.OfType<EnvironmentReEnabled>().Select(e => (e, e.Time - requests[e.Cause!.Value].Time)).ToList();
    }
}
