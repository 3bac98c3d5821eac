using CmkSim.Domain.Compliance;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Faults;

/// <summary>
/// Scenario 25: a vault unreachable (a transport error: reads fail once the cache expires, nothing locks; timed work is
/// retried with the SDK back-off until it answers) and throttling forced on during a mass re-enable.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class VaultFaultTests(FaultScenarioRuns runs) : IClassFixture<FaultScenarioRuns>
{
    [Fact]
    public async Task The_scenario_passes()
    {
        var result = await runs.Vault;

        Assert.True(result.Passed, string.Join("\n", result.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Detail}")));
        Assert.DoesNotContain(result.Inventory, i => i.View.DataLost);
    }

    [Fact]
    public async Task An_unreachable_vault_fails_reads_after_the_cache_expires_without_a_403_or_a_lock_and_they_recover()
    {
        var result = await runs.Vault;
        var window = result.Journal.OfType<FaultInjected>().First(f => f.Fault.Kind == FaultKind.VaultUnreachable).Fault;

        var during = result.Journal.OfType<RecordsRead>().Where(r => r.Environment.StartsWith("net-", StringComparison.Ordinal)
            && r.Time > window.From && r.Time < window.Until).ToList();
        Assert.Contains(during, r => r.Failure is null); // 10 s in: from the cache
        var failed = during.Where(r => r.Failure is not null).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, r => Assert.Equal(RuleId.LK01, r.Rule));
        Assert.DoesNotContain(result.Journal.OfType<Refused>(), r => r.Status == 403 && r.Time >= window.From && r.Time < window.Until);
        Assert.DoesNotContain(result.Journal.OfType<EnvironmentLocked>(), l => l.Time >= window.From && l.Time < window.Until);
        Assert.All(result.Journal.OfType<RecordsRead>().Where(r => r.Environment.StartsWith("net-", StringComparison.Ordinal)
            && r.Time >= window.Until && r.Time < window.Until + TimeSpan.FromHours(2)), r => Assert.Null(r.Failure));
        Assert.Equal(2, Unavailability.From(result.Journal).Count(u => u.Fault == FaultKind.VaultUnreachable));
    }

    [Fact]
    public async Task A_re_enable_while_the_vault_is_unreachable_is_retried_with_back_off_and_completes_once_it_answers()
    {
        var result = await runs.Vault;
        var window = result.Journal.OfType<FaultInjected>().Last(f => f.Fault.Kind == FaultKind.VaultUnreachable).Fault;

        var reEnabled = result.Journal.OfType<EnvironmentReEnabled>().Where(e => e.Environment.StartsWith("net-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reEnabled.Count);
        Assert.All(reEnabled, e =>
        {
            Assert.True(e.Time >= window.Until, $"{e.Environment} re-enabled at {e.Time}, before the vault answered at {window.Until}");
            Assert.True(e.Throttled is { Rejections: > 3 }, "retried past the SDK's own three retries");
            Assert.True(e.Time - window.From <= TimeSpan.FromMinutes(5) + window.Window + TimeSpan.FromMinutes(2), "picked up within the platform's back-off after the vault answered");
        });
        Assert.DoesNotContain(result.Journal.OfType<ReEnableFailed>(), f => f.Environment.StartsWith("net-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forced_throttling_answers_429s_that_stretch_the_re_enable_and_then_stops()
    {
        var result = await runs.Vault;
        var forced = result.Journal.OfType<FaultInjected>().Single(f => f.Fault.Kind == FaultKind.ForcedThrottling).Fault;

        var busy = result.Journal.OfType<EnvironmentReEnabled>().Where(e => e.Environment.StartsWith("busy-", StringComparison.Ordinal)).ToList();
        Assert.Equal(30, busy.Count);
        Assert.Contains(busy, e => e.Throttled is { Rejections: > 0 });
        Assert.Contains(result.Findings, f => f.RuleId == RuleId.LK03 && f.Guidance == Lk03ReEnable.ThrottledGuidance
            && f.Subject.StartsWith("environment/busy-", StringComparison.Ordinal));
        Assert.All(busy, e => Assert.True(e.Time < forced.Until));
        Assert.False(result.Scenario.Platform.Throttling.Enabled); // forced by the fault alone
    }
}
