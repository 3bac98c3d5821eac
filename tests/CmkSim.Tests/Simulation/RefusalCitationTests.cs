using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Audit;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Simulation.Actions;

namespace CmkSim.Tests.Simulation;

/// <summary>A refusal can't be made without its rule, and the library check finds any that cites none.</summary>
public sealed class RefusalCitationTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_refusal_without_a_rule_cannot_be_made(string rule)
    {
        Assert.ThrowsAny<ArgumentException>(() => Decision.Refuse(rule, "no"));
        Assert.ThrowsAny<ArgumentException>(() => KeyVaultResult<string>.Refused(KeyVaultStatus.NotFound, "no", rule));
        Assert.ThrowsAny<ArgumentException>(() => StepOutcome.Refuse(rule, "no"));
        Assert.ThrowsAny<ArgumentException>(() => Decision.Refuse(null!, "no"));
    }

    [Fact]
    public void A_refused_decision_keeps_its_rule_through_the_step()
    {
        var step = StepOutcome.From(Decision.Refuse(RuleId.EN03, "environment is Disabled"));

        Assert.False(step.Accepted);
        Assert.Equal(RuleId.EN03, step.RuleId);
        Assert.Equal(RuleId.KV07, StepOutcome.From(KeyVaultResult<string>.Refused(KeyVaultStatus.NotFound, "gone", RuleId.KV07)).RuleId);
    }

    [Fact]
    public void Uncited_refusals_and_failures_are_listed_cited_ones_and_successes_are_not()
    {
        var steps = new[] { StepOutcome.Accept("ok"), StepOutcome.Refuse(RuleId.EP04, "not a reader"), StepOutcome.Error("error: boom") };
        var audit = new[]
        {
            Entry("addEnvironment", "Denied: environment is Disabled", null),
            Entry("addEnvironment", "Denied: needs Reader", RuleId.EP04),
            Entry("wrapKey", "Denied 403: lacks wrapKey", null),
            Entry("encryptEnvironment", "Failed: injected failure", null),
            Entry("readRecords", "0 readable, 5 unreadable: Environment disabled: locked", null),
            Entry("readRecords", "5 readable, 0 unreadable", null),
            Entry("lifecycle:LoseKeyAccess", "Active -> Locked", null),
            Entry("createKey", "Succeeded", null),
        };

        var uncited = RefusalCitations.Uncited(steps, ["createKey", "addEnvironments", "frobnicate"], audit).ToList();

        Assert.Equal(5, uncited.Count);
        Assert.StartsWith("step 3 (frobnicate) did not run", uncited[0]);
        Assert.Contains("audit #0 addEnvironment", uncited[1]);
        Assert.Contains("audit #2 wrapKey", uncited[2]);
        Assert.Contains("audit #3 encryptEnvironment", uncited[3]);
        Assert.Contains("audit #4 readRecords", uncited[4]);
    }

    private static AuditEntry Entry(string action, string outcome, string? rule) => new(At, "ppadmin", action, "env/x", outcome, rule);
}
