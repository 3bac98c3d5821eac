using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Simulation.Actions;

namespace CmkSim.Tests.Simulation;

/// <summary>A refusal can't be made without its rule, and the library check finds any that cites none.</summary>
public sealed class RefusalCitationTests
{
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
        JournalEvent[] journal =
        [
            new Refused(Operations.AddEnvironment, "environment/x", "", "environment is Disabled"),
            new Refused(Operations.AddEnvironment, "environment/x", RuleId.EP04, "needs Reader"),
            new EncryptionFailed("x", "injected failure"), // EN-12, by its type
            new RecordsRead("x", 0, 5, "Environment disabled: locked", null),
            new RecordsRead("x", 5, 0, null, null),
            new ManagedEnvironmentEnabled("x"),
        ];

        var uncited = RefusalCitations.Uncited(steps, ["createKey", "addEnvironments", "frobnicate"], journal).ToList();

        Assert.Equal(3, uncited.Count);
        Assert.StartsWith("step 3 (frobnicate) did not run", uncited[0]);
        Assert.Contains("journal #0 addEnvironment", uncited[1]);
        Assert.Contains("journal #3 recordsRead", uncited[2]);
    }
}
