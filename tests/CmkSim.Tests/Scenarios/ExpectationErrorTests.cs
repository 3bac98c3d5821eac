using CmkSim.Scenarios;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>Invalid expectations and tenant declarations are reported at the node at fault, with what was expected.</summary>
public sealed class ExpectationErrorTests
{
    [Fact]
    public void An_expectation_on_an_environment_that_does_not_exist_is_reported_at_the_pattern()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 0, as: mallory, do: reset, environments: sales-1 }
            expect:
              - { at: 1d, environments: [sales-2, "hr-*"], readable: true }

            """);

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:11:39: expect[1].environments: no declared environment matches 'hr-*'", error, StringComparison.Ordinal);
        Assert.Equal(file.At(11, "\"hr-*\""), $"{file.Path}:11:39");
    }

    [Fact]
    public void An_unknown_rule_ID_is_reported_at_the_ID_with_the_closest_ones()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 0, as: mallory, do: reset, environments: sales-1 }
            expect:
              - { finding: SD-1 }
              - { step: 1, refused: EP-99 }

            """);

        var errors = Invalid(file).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"{file.Path}:11:16: expect[1].finding: unknown rule ID 'SD-1' (did you mean 'SD-01'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file.Path}:12:25: expect[2].refused: unknown rule ID 'EP-99'", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_of_a_step_that_does_not_exist_is_reported_at_the_step_number()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 0, as: mallory, do: reset, environments: sales-1 }
            expect:
              - { step: 2, refused: true }

            """);

        var error = Only(file);

        Assert.Equal($"{file.Path}:11:13: expect[1].step: step 2 does not exist: the scenario has 1 step(s)", error);
    }

    [Fact]
    public void A_duplicate_environment_name_is_reported_at_the_second_declaration()
    {
        using var file = new ScenarioFile("""
            name: dup
            tenant:
              environments:
                - { name: "sales-{n}", count: 3, region: europe }
                - { name: sales-2, region: europe }

            """);

        var error = Only(file);

        Assert.Equal($"{file.Path}:5:15: tenant.environments[2].name: environment 'sales-2' is declared twice (first at line 4)", error);
    }

    [Fact]
    public void The_rule_list_matches_the_contracts_rule_constants()
    {
        var constants = typeof(CmkSim.Domain.Rules.RuleId)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, CmkSim.Scenarios.Rules.KnownRules.All.Order(StringComparer.Ordinal));
        Assert.Equal(37, CmkSim.Scenarios.Rules.KnownRules.All.Count);
    }
}
