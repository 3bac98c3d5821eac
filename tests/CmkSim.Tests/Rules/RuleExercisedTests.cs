using CmkSim.Simulation.RuleIndex;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Rules;

/// <summary>
/// Every rule of the catalogue is exercised: at least one test method references it (its constant, its ID, its home or
/// its name) or a library scenario mentions it, as <c>cmksim rules</c> finds them.
/// </summary>
public sealed class RuleExercisedTests
{
    [Fact]
    public void Every_rule_has_a_test_or_a_scenario_referencing_it()
    {
        var index = RuleIndexer.Build(RepoPaths.Root);

        var missing = index.Rules.Where(r => r.Tests!.Count == 0 && r.Scenarios!.Count == 0).Select(r => r.Rule.Id).ToList();

        Assert.True(missing.Count == 0, $"rules no test or scenario references (cmksim rules ID): {string.Join(", ", missing)}");
    }
}
