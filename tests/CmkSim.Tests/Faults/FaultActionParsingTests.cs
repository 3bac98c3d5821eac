using CmkSim.Domain.Faults;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;

namespace CmkSim.Tests.Faults;

/// <summary>The fault actions' arguments: typed records from valid steps, file:line:column errors for the rest.</summary>
public sealed class FaultActionParsingTests
{
    private const string Head = """
        name: faults
        tenant:
          users:
            - { name: chaos, roles: [] }
          environments:
            - { name: prod-a, region: france }
        steps:

        """;

    [Fact]
    public void Each_fault_action_builds_its_typed_record()
    {
        var scenario = ScenarioLoader.Parse(Head + """
              - { at: 1h, as: platform, do: hsmOutage, vault: kv1, for: 30s }
              - { at: 1h, as: platform, do: hsmOutage, hsm: mhsm1, for: 2h }
              - { at: 1h, as: platform, do: hsmLatency, vault: kv1, add: 5s, for: 1h }
              - { at: 1h, as: platform, do: hsmFailures, vault: kv1, share: 0.2, for: 1h }
              - { at: 1h, as: platform, do: vaultUnreachable, vault: kv1, for: 10m }
              - { at: 1h, as: platform, do: forceThrottling, vault: kv1, limit: 10, for: 1h }
            """, "faults.yaml");

        Assert.Equal<object>(new HsmOutage("kv1", TimeSpan.FromSeconds(30)), scenario.Steps[0].Do);
        Assert.Equal<object>(new HsmOutage("mhsm1", TimeSpan.FromHours(2)), scenario.Steps[1].Do);
        Assert.Equal<object>(new HsmLatency("kv1", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1)), scenario.Steps[2].Do);
        Assert.Equal<object>(new HsmFailures("kv1", 0.2, TimeSpan.FromHours(1)), scenario.Steps[3].Do);
        Assert.Equal<object>(new VaultUnreachable("kv1", TimeSpan.FromMinutes(10)), scenario.Steps[4].Do);
        Assert.Equal<object>(new ForceThrottling("kv1", 10, TimeSpan.FromHours(1)), scenario.Steps[5].Do);
    }

    [Theory]
    [InlineData("{ at: 1h, as: platform, do: hsmFailures, vault: kv1, share: 1.5, for: 1h }", "share", "not a share above 0 and at most 1")]
    [InlineData("{ at: 1h, as: platform, do: hsmFailures, vault: kv1, share: 0, for: 1h }", "share", "not a share above 0 and at most 1")]
    [InlineData("{ at: 1h, as: platform, do: hsmFailures, vault: kv1, share: 20%, for: 1h }", "share", "not a share above 0 and at most 1")]
    [InlineData("{ at: 1h, as: platform, do: hsmOutage, vault: kv1, for: 0 }", "for", "one second")]
    [InlineData("{ at: 1h, as: platform, do: hsmOutage, for: 1h }", "vault", "")]
    [InlineData("{ at: 1h, as: platform, do: hsmOutage, vault: kv1, hsm: kv1, for: 1h }", "hsm", "")]
    [InlineData("{ at: 1h, as: platform, do: forceThrottling, vault: kv1, limit: 5000, for: 1h }", "limit", "more than 4000")]
    public void A_bad_fault_step_is_an_error_at_its_line_and_column(string step, string field, string message)
    {
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(Head + "  - " + step + "\n", "faults.yaml"));

        var first = error.Errors[0].ToString();
        Assert.StartsWith("faults.yaml:8:", first, StringComparison.Ordinal);
        Assert.Contains(field, first, StringComparison.Ordinal);
        Assert.Contains(message, first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_opens_its_window_at_the_step()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var fault = new FaultRequest(FaultKind.HsmFailures, TimeSpan.FromHours(1), Share: 0.2).At(now);

        Assert.Equal((now, now.AddHours(1), TimeSpan.FromHours(1), true), (fault.From, fault.Until, fault.Window, fault.FailsCalls));
        Assert.False(new FaultRequest(FaultKind.HsmLatency, TimeSpan.FromHours(1), Added: TimeSpan.FromSeconds(1)).At(now).FailsCalls);
    }
}
