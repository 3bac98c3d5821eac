using CmkSim.Scenarios;
using CmkSim.Scenarios.Names;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// Issue 8: a scenario is untrusted input. Each hostile value is one error at the file:line:column of the value
/// (so exit 2), found by validation in milliseconds, never a crash, a hang or a huge allocation at run time.
/// </summary>
public sealed class HostileScenarioTests
{
    private const string Step = "  - { at: 0, as: mallory, do: ";

    // The header with one valid step, for tests that change only the header.
    private const string Valid = Header + Step + "deletePolicy, policy: ep }\n";

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../x")]
    [InlineData("/abs/x")]
    [InlineData("a\\\\b")]
    [InlineData("with space")]
    [InlineData("esc\\e[31m")]
    [InlineData(".hidden")]
    [InlineData("trailing.")]
    [InlineData("pipe|name")]
    public void A_scenario_name_that_is_not_an_identifier_is_refused_at_the_name(string name)
    {
        using var file = new ScenarioFile(Valid.Replace("name: broken", $"name: \"{name}\"", StringComparison.Ordinal));

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:1:7: name: ", error, StringComparison.Ordinal);
        Assert.Contains("is not a valid name", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_over_64_characters_is_refused_with_the_limit()
    {
        var name = new string('a', 300);
        using var file = new ScenarioFile(Valid.Replace("name: broken", $"name: {name}", StringComparison.Ordinal));

        Assert.Contains("is 300 characters long, more than 64", Only(file), StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_grammar_accepts_identifiers_and_the_scenario_records_where_its_name_is()
    {
        Assert.All(["a", "kv-contoso", "Prod_1.2", new string('x', 64)], n => Assert.True(ScenarioNames.IsValid(n), n));
        using var file = new ScenarioFile(Header.Replace("name: broken", "name: ok-1.2_x", StringComparison.Ordinal) + Step + "reset, environments: sales-1 }\n");

        var scenario = ScenarioLoader.Load(file.Path);

        Assert.Equal(new SourceLocation(file.Path, 1, 7), scenario.NameLocation);
    }

    [Theory]
    [InlineData("{ name: \"mal lory\", roles: [] }", "    - { name: mallory, roles: [GlobalAdministrator] }", "tenant.users[1].name")]
    [InlineData("[ \"../sub\" ]", "[ prod-sub ]", "tenant.subscriptions[1]")]
    public void User_and_subscription_names_follow_the_grammar(string replacement, string original, string field)
    {
        var header = original.StartsWith("    -", StringComparison.Ordinal)
            ? Valid.Replace(original, "    - " + replacement, StringComparison.Ordinal)
            : Valid.Replace(original, replacement, StringComparison.Ordinal);
        using var file = new ScenarioFile(header);

        var errors = Invalid(file).Errors;

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains("is not a valid name", StringComparison.Ordinal));
    }

    [Fact]
    public void An_environment_pattern_is_checked_once_at_its_largest_number()
    {
        using var file = new ScenarioFile(Valid.Replace("\"sales-{n}\", count: 3", "\"s/{n}\", count: 3", StringComparison.Ordinal));

        var error = Only(file);

        Assert.StartsWith($"{file.At(7, "\"s/{n}\"")}: tenant.environments[1].name: ", error, StringComparison.Ordinal);
        Assert.Contains("as 's/3', its largest expansion", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("createKeyVault, name: \"kv/..\", subscription: prod-sub }", "\"kv/..", "steps[1].name")]
    [InlineData("createKey, vault: \"..\", name: cmk }", "\"..", "steps[1].vault")]
    [InlineData("deletePolicy, policy: \"a b\" }", "\"a b", "steps[1].policy")]
    [InlineData("restore, backup: \"../b\", target: sales-1 }", "\"../b", "steps[1].backup")]
    [InlineData("rotateKey, vault: kv, key: \"k\\t\" }", "\"k\\t", "steps[1].key")]
    public void Step_arguments_naming_objects_follow_the_grammar(string step, string token, string field)
    {
        using var file = new ScenarioFile(Header + Step + step + "\n");

        var error = Only(file);

        Assert.StartsWith($"{file.At(9, token)}: {field}: ", error, StringComparison.Ordinal);
        Assert.Contains("is not a valid name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_with_a_control_character_or_over_4000_characters_is_refused()
    {
        using var control = new ScenarioFile(Valid.Replace("name: broken", "name: broken\ndescription: \"a\\e[2Jb\"", StringComparison.Ordinal));
        using var huge = new ScenarioFile(Valid.Replace("name: broken", $"name: broken\ndescription: {new string('d', 4001)}", StringComparison.Ordinal));

        Assert.Equal($"{control.Path}:2:14: description: contains U+001B (a control character): text that reads otherwise than it is, "
            + "only newline and tab are allowed", Only(control));
        Assert.Contains("more than 4000", Only(huge), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("writeRecords, environments: sales-1, count: 2147483647 }", "2147483647 is more than 10000")]
    [InlineData("writeRecords, environments: sales-1, count: 99999999999999999999 }", "is more than 10000")]
    [InlineData("createFlows, environments: sales-1, count: 10001 }", "10001 is more than 10000")]
    [InlineData("writeRecords, environments: sales-1, count: -3 }", "not a whole number")]
    public void Counts_in_steps_are_bounded(string step, string message)
    {
        using var file = new ScenarioFile(Header + Step + step + "\n");

        Assert.Contains(message, Only(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count: 3", "count: 2147483647", "2147483647 is more than 100000")]
    [InlineData("count: 3", "count: 10000000", "10000000 is more than 100000")]
    [InlineData("count: 3", "count: 3, records: 2147483647", "2147483647 is more than 10000")]
    public void Environment_counts_and_records_are_bounded_without_expanding(string from, string to, string message)
    {
        using var file = new ScenarioFile(Valid.Replace(from, to, StringComparison.Ordinal));

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:7:", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Environments_over_the_total_limit_are_refused_before_expansion_even_with_scale()
    {
        // 1,000 x 1,000 = 1,000,000 declared: refused from the counts alone, without building a million names.
        using var file = new ScenarioFile(Valid.Replace("count: 3", "count: 1000", StringComparison.Ordinal));

        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(file.Path, scale: 1000)).Errors;

        var error = Assert.Single(errors).ToString();
        Assert.Contains("1,000,000 environments up to this entry (with --scale 1000), more than 100,000", error, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioLoader.Load(file.Path, scale: 1001));
    }

    [Fact]
    public void A_backup_counts_as_a_copy_of_its_environments_records()
    {
        var header = Header.Replace("count: 3", "count: 3, records: 10000", StringComparison.Ordinal);
        var steps = string.Concat(Enumerable.Range(1, 200).Select(i => $"  - {{ at: 0, as: mallory, do: backup, environment: sales-1, name: b{i} }}\n"));
        using var file = new ScenarioFile(header + steps);

        var error = Only(file);

        // 30,000 initial records, then 10,000 per backup: the 198th passes 2,000,000.
        Assert.StartsWith($"{file.Path}:206:5: steps[198].environment: the run would write 2,010,000 records", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("writeRecords")]
    [InlineData("createFlows")]
    public void Records_written_over_a_run_are_bounded(string action)
    {
        var header = Header.Replace("count: 3", "count: 300, records: 1000", StringComparison.Ordinal);
        using var file = new ScenarioFile(header + Step + action + ", environments: \"sales-*\", count: 10000 }\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:9:5: steps[1].count: the run would write 3,300,000 records", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - { at: 10675199d, as: mallory, do: reset, environments: sales-1 }\n", "steps[1].at")]
    [InlineData("  - { at: 99999999999999999999d, as: mallory, do: reset, environments: sales-1 }\n", "steps[1].at")]
    [InlineData("  - { at: 3651d, as: mallory, do: reset, environments: sales-1 }\n", "steps[1].at")]
    [InlineData("  - { at: P11Y, as: mallory, do: reset, environments: sales-1 }\n", "steps[1].at")]
    [InlineData("  - { at: 0, as: mallory, do: createKey, vault: kv, name: k, expires: 10675199d }\n", "steps[1].expires")]
    [InlineData("  - { at: 0, as: mallory, do: reset, environments: sales-1 }\nexpect:\n  - { at: 10675199d, environments: sales-1, status: Enabled }\n", "expect[1].at")]
    public void Times_and_durations_over_ten_years_are_refused(string steps, string field)
    {
        using var file = new ScenarioFile(Header + steps);

        var errors = Invalid(file).Errors;

        Assert.Contains(errors, e => e.Field.StartsWith(field, StringComparison.Ordinal) && e.Message.Contains("at most 3650d", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_over_ten_years_is_refused()
    {
        using var file = new ScenarioFile(Valid.Replace("name: broken", "name: broken\nspan: 10675199d", StringComparison.Ordinal));

        Assert.Contains("span: Invalid duration '10675199d'", Only(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeAfterCreate: 1s", "1s is less than 7d")]
    [InlineData("timeBeforeExpiry: 6d", "6d is less than 7d")]
    [InlineData("expiresAfter: 27d", "27d is less than 28d")]
    public void A_rotation_policy_below_Key_Vault_minimums_is_refused_with_the_limit(string argument, string message)
    {
        using var file = new ScenarioFile(Header + Step + $"setRotationPolicy, vault: kv, key: cmk, {argument} }}\n");

        var error = Only(file);

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Key Vault", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("Wrap")]
    [InlineData("UnwrapKeys")]
    public void Unknown_access_policy_permissions_are_refused_listing_the_valid_ones(string permission)
    {
        using var file = new ScenarioFile(Header + Step + $"setAccessPolicy, vault: kv, policy: ep, permissions: [get, {permission}] }}\n");

        var error = Only(file);

        Assert.StartsWith($"{file.At(9, permission)}: steps[1].permissions: '{permission}' is not one of Get, List, Create", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_access_policy_permissions_are_accepted_ignoring_case()
    {
        using var file = new ScenarioFile(Header + Step + "setAccessPolicy, vault: kv, policy: ep, permissions: [get, wrapKey, UNWRAPKEY] }\n");

        var step = Assert.Single(ScenarioLoader.Load(file.Path).Steps);

        Assert.Equal(["Get", "WrapKey", "UnwrapKey"], step.Arguments.Strings("permissions"));
    }

    [Fact]
    public void Deep_nesting_is_refused_at_its_position_without_exhausting_the_stack()
    {
        using var file = new ScenarioFile("name: x\nsteps: " + new string('[', 100_000) + "\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:2:", error, StringComparison.Ordinal);
        Assert.Contains("nesting is deeper than 64", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        using var bomb = new ScenarioFile("name: x\na: &a [1, 1]\nb: &b [*a, *a]\nc: [*b, *b]\n");
        using var alias = new ScenarioFile("name: x\nseed: *a\n");

        Assert.Equal($"{bomb.Path}:2:4: yaml: anchor '&a' is not allowed: anchors and aliases are not supported, write the value out", Only(bomb));
        Assert.Contains("alias '*a' is not allowed", Only(alias), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_is_refused_at_the_second()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: reset, environments: sales-1, environments: sales-2 }\n");

        Assert.Equal($"{file.At(9, "environments: sales-2")}: yaml: key 'environments' is given twice in this mapping (first at line 9): YAML would keep only one", Only(file));
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_the_tab()
    {
        using var file = new ScenarioFile("name: x\ntenant:\n  users: []\n\tsubscriptions: []\n");

        var error = Only(file);

        Assert.StartsWith($"{file.Path}:4:1: yaml: YAML syntax error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_10000_steps_or_expectations_are_refused_at_the_list()
    {
        var steps = string.Concat(Enumerable.Repeat(Step + "reset, environments: sales-1 }\n", 10_001));
        using var file = new ScenarioFile(Header + steps);

        Assert.Equal($"{file.Path}:9:3: steps: has 10001 entries, more than 10000, the most a scenario may have", Only(file));
    }
}
