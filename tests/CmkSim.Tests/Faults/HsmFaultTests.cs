using CmkSim.Domain.Compliance;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Faults;

/// <summary>
/// Scenario 24: an HSM outage under and over the data-key cache lifetime, a share of failing HSM calls and HSM latency.
/// What degrades (reads after the cache expires, writes; timed work later), what recovers (everything), what never
/// happens (a lock, lost data).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HsmFaultTests(FaultScenarioRuns runs) : IClassFixture<FaultScenarioRuns>
{
    [Fact]
    public async Task The_scenario_passes_and_every_fault_window_is_journaled_and_cleared_by_the_engine()
    {
        var result = await runs.Hsm;

        Assert.True(result.Passed, string.Join("\n", result.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Detail}")));
        var injected = result.Journal.OfType<FaultInjected>().ToList();
        Assert.Equal([FaultKind.HsmLatency, FaultKind.HsmOutage, FaultKind.HsmOutage, FaultKind.HsmFailures], injected.Select(f => f.Fault.Kind));
        foreach (var fault in injected)
        {
            var cleared = Assert.Single(result.Journal.OfType<FaultCleared>(), c => c.Cause == fault.Id);
            Assert.Equal(fault.Fault.Until, cleared.Time);
            Assert.Equal(fault.Fault.Kind, cleared.Kind);
        }
    }

    [Fact]
    public async Task A_short_hsm_outage_under_the_cache_lifetime_fails_nothing()
    {
        var result = await runs.Hsm;

        var shortReads = result.Journal.OfType<RecordsRead>().Where(r => r.Environment.StartsWith("short-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shortReads);
        Assert.All(shortReads, r => Assert.True(r.Failure is null && r.Unreadable == 0, r.Failure));
        Assert.DoesNotContain(result.Findings, f => f.Subject.StartsWith("environment/short-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_hsm_outage_fails_reads_and_writes_without_locking_and_everything_reads_back_after()
    {
        var result = await runs.Hsm;
        var outage = result.Journal.OfType<FaultInjected>().Single(f => f.Vault == "kv-long" && f.Fault.Kind == FaultKind.HsmOutage).Fault;

        var failed = result.Journal.OfType<RecordsRead>()
            .Where(r => r.Environment.StartsWith("long-", StringComparison.Ordinal) && r.Time > outage.From && r.Time < outage.Until).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, r => Assert.Equal(RuleId.LK01, r.Rule));
        Assert.Contains(result.Journal.OfType<Refused>(), r => r.RefusedOperation == Operations.WriteRecords && r.Rule == RuleId.LK01);
        Assert.DoesNotContain(result.Journal.OfType<EnvironmentLocked>(), l => l.Environment.StartsWith("long-", StringComparison.Ordinal));

        // No acknowledged write lost: 5 at creation + 3 acknowledged before the fault; the refused 2 were never written.
        var after = result.Journal.OfType<RecordsRead>().Where(r => r.Environment.StartsWith("long-", StringComparison.Ordinal) && r.Time >= outage.Until)
            .GroupBy(r => r.Environment).Select(g => g.First()).ToList();
        Assert.Equal(2, after.Count);
        Assert.All(after, r => Assert.Equal((8, 0, null), (r.Readable, r.Unreadable, r.Failure)));
    }

    [Fact]
    public async Task The_availability_finding_counts_the_environment_hours_from_the_first_failed_read_to_the_outage_end()
    {
        var result = await runs.Hsm;
        var outage = result.Journal.OfType<FaultInjected>().Single(f => f.Vault == "kv-long" && f.Fault.Kind == FaultKind.HsmOutage).Fault;

        var spans = Unavailability.From(result.Journal).Where(u => u.Fault == FaultKind.HsmOutage).ToList();
        Assert.Equal(["long-1", "long-2"], spans.Select(s => s.Environment).Order());
        var firstFailure = outage.From + TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(10); // the read at 5d5m
        Assert.All(spans, s => Assert.Equal((firstFailure, outage.Until), (s.Start, s.End)));
        var findings = result.Findings.Where(f => f.Guidance == Lk01KeyAccessLoss.UnavailabilityGuidance && f.Time == firstFailure).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains($"{(outage.Until - firstFailure).TotalHours:0.###} environment-hours", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failing_hsm_calls_fail_a_seeded_share_and_the_same_seed_fails_the_same_reads()
    {
        var result = await runs.Hsm;
        var again = await FaultScenarioRuns.Run(ScenarioLoader.Load(FaultScenarioRuns.Path24));

        var window = result.Journal.OfType<FaultInjected>().Single(f => f.Fault.Kind == FaultKind.HsmFailures).Fault;
        string Reads(ScenarioRunResult r) => string.Join(";", r.Journal.OfType<RecordsRead>()
            .Where(e => e.Time >= window.From && e.Time < window.Until).Select(e => $"{e.Environment}:{e.Readable}/{e.Unreadable}:{e.Rule}"));
        var reads = result.Journal.OfType<RecordsRead>().Where(e => e.Time >= window.From && e.Time < window.Until).ToList();
        Assert.Contains(reads, r => r.Failure is not null); // a share of 0.5 over three unwraps per read: some fail
        Assert.Equal(Reads(result), Reads(again));
        Assert.DoesNotContain(result.Journal.OfType<EnvironmentLocked>(), l => l.Time >= window.From);
    }

    [Fact]
    public async Task Hsm_latency_makes_the_encryption_complete_later_by_the_added_time()
    {
        var result = await runs.Hsm;
        var latency = result.Journal.OfType<FaultInjected>().Single(f => f.Fault.Kind == FaultKind.HsmLatency).Fault;

        var encrypted = result.Journal.OfType<EnvironmentEncrypted>().Where(e => e.Environment.StartsWith("slow-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, encrypted.Count);
        Assert.All(encrypted, e => Assert.Equal(latency.Added, e.Throttled?.Added));
        Assert.All(result.Journal.OfType<EnvironmentEncrypted>().Where(e => !e.Environment.StartsWith("slow-", StringComparison.Ordinal)),
            e => Assert.Null(e.Throttled));
    }

    [Fact]
    public async Task A_short_outage_gives_the_same_results_json_verdicts_as_the_fault_free_run()
    {
        var yaml = File.ReadAllText(FaultScenarioRuns.Path24);
        const string fault = "as: platform, do: hsmOutage, vault: kv-short, for: 30s }";
        Assert.Contains(fault, yaml, StringComparison.Ordinal);
        // The fault-free run: the same step (so step numbers hold) as support's read served from the cache, changing nothing.
        var faultFree = ScenarioLoader.Parse(yaml.Replace(fault, "as: support, do: readRecords, environments: \"short-*\" }", StringComparison.Ordinal), FaultScenarioRuns.Path24);
        Assert.DoesNotContain(faultFree.Steps, s => s.Do is CmkSim.Scenarios.Actions.HsmOutage { Vault: "kv-short" });

        var withFault = await runs.Hsm;
        var without = await FaultScenarioRuns.Run(faultFree);

        Assert.Equal(Verdicts(without), Verdicts(withFault));
    }

    /// <summary>results.json's verdicts: the outcome, the posture and every expectation's and finding's (evidence positions aside).</summary>
    private static string Verdicts(ScenarioRunResult result)
    {
        using var json = System.Text.Json.JsonDocument.Parse(ResultsJsonWriter.Render(RunReportMapper.Map(result, 1), []));
        var root = json.RootElement;
        var expectations = root.GetProperty("expectations").EnumerateArray().Select(e => $"{e.GetProperty("index")}:{e.GetProperty("outcome")}");
        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId")} {f.GetProperty("severity")} {f.GetProperty("time")} {f.GetProperty("subject")}");
        return string.Join("\n", [root.GetProperty("outcome").ToString(), root.GetProperty("posture").GetProperty("verdict").ToString(), .. expectations, .. findings]);
    }
}
