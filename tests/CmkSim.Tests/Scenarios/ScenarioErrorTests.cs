using CmkSim.Scenarios;
using CmkSim.Scenarios.Names;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>Every kind of invalid input is reported at the file, line and column of the node at fault, with what was expected.</summary>
public sealed class ScenarioErrorTests
{
    [Fact]
    public void A_YAML_syntax_error_is_one_error_at_the_bad_token()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: reset, environments: [sales-1 }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:9:", error, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracket_left_open_at_the_end_of_the_file_is_reported_at_the_bracket()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: reset, environments: sales-1\n");

        var error = Only(file);

        Assert.Equal($"{file.Path}:9:5: yaml: YAML syntax error: this '{{' or '[' is never closed (expected a matching '}}' or ']')", error);
    }

    [Fact]
    public void An_unknown_action_is_reported_at_its_name_with_the_closest_actions()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: creatKey, vault: kv1, name: cmk }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:9:31: steps[1].do: unknown action 'creatKey'", error, StringComparison.Ordinal);
        Assert.Equal(file.At(9, "creatKey"), $"{file.Path}:9:31");
        Assert.Contains("did you mean createKey", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_actor_is_reported_at_the_actor()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: malory, do: reset, environments: sales-1 }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.At(9, "malory")}: steps[1].as: unknown actor 'malory'", error, StringComparison.Ordinal);
        Assert.Contains("'mallory'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_reported_at_the_step_with_the_argument_it_needs()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createKey, name: cmk }\n");

        var error = Only(file);

        Assert.Equal($"{file.Path}:9:5: steps[1].vault: createKey needs 'vault': expected a vault's name ({ScenarioNames.Grammar}), "
            + "not one of the platform's own: microsoft-managed, byok-imported", error);
    }

    [Fact]
    public void A_template_that_does_not_exist_is_reported_at_the_path()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, template: templates/nope.json }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.At(9, "templates/nope.json")}: steps[1].template: file 'templates/nope.json' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_is_found_next_to_the_scenario_file()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, template: policy.json }\n");
        File.WriteAllText(Path.Combine(file.Folder, "policy.json"), "{}");

        var scenario = ScenarioLoader.Load(file.Path);

        Assert.Equal(Path.Combine(file.Folder, "policy.json"), scenario.Steps[0].Arguments.String("template"));
    }

    [Fact]
    public void An_incomplete_inline_policy_is_reported_at_the_step()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, name: p, location: europe }\n");

        var error = Only(file);

        Assert.Equal($"{file.Path}:9:5: steps[1]: createEnterprisePolicy is incomplete: expected 'template' or all of name, location, vault, key", error);
    }

    [Fact]
    public void A_time_that_does_not_parse_is_reported_at_the_time()
    {
        using var file = new ScenarioFile(Header + "  - { at: 3 days, as: mallory, do: reset, environments: sales-1 }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:9:11: steps[1].at: Invalid duration '3 days'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_out_of_time_order_are_reported_at_the_later_steps_time()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 2h, as: mallory, do: reset, environments: sales-1 }
              - { at: 1h, as: mallory, do: reset, environments: sales-2 }

            """);

        var error = Only(file);

        Assert.Equal($"{file.Path}:10:11: steps[2].at: step 2 at 1h comes before step 1 at 2h: steps must be in time order", error);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 1d, as: eve, do: createKey, vault: kv1, name: cmk, size: big }
              - { at: 1h, as: mallory, do: explodeVault, vault: kv1 }
              - { at: 2h, as: mallory, do: addEnvironments, policy: p, environments: "crm-*", colour: red }
            expect:
              - { at: soon, environments: "sales-*", status: Sleeping }
              - { finding: XX-01 }

            """);

        var errors = Invalid(file).Errors.Select(e => e.ToString()).ToList();

        string[] expected =
        [
            $"{file.At(9, "eve")}: steps[1].as",
            $"{file.At(9, "big")}: steps[1].size",
            $"{file.At(10, "1h")}: steps[2].at",
            $"{file.At(10, "explodeVault")}: steps[2].do",
            $"{file.At(11, "colour")}: steps[3].colour",
            $"{file.At(11, "\"crm-*\"")}: steps[3].environments",
            $"{file.At(13, "soon")}: expect[1].at",
            $"{file.At(13, "Sleeping")}: expect[1].status",
            $"{file.At(14, "XX-01")}: expect[2].finding",
        ];
        Assert.True(expected.Length == errors.Count, string.Join("\n", errors));
        foreach (var prefix in expected)
        {
            Assert.Contains(errors, e => e.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.Equal(string.Join(Environment.NewLine, errors), Invalid(file).Message);
    }
}
