using CmkSim.Domain.Rules;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>What a guard's answer must be: null when allowed, a refusal citing the rule otherwise.</summary>
internal static class RefusalAssert
{
    public static void Refuses(string rule, string message, Decision? decision)
    {
        Assert.NotNull(decision);
        Assert.False(decision.Accepted);
        Assert.Equal(rule, decision.RuleId);
        Assert.Equal(message, decision.Message);
    }
}
