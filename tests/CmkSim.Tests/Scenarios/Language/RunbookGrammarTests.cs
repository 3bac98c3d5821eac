using CmkSim.Domain.Environments;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios.Language;

/// <summary>The runbook steps, operation polls, per-resource key versions and posture facts parse; each misuse is an error at its file:line:column.</summary>
public sealed class RunbookGrammarTests
{
    // Header ends with "steps:" on line 8; these are lines 9 to 12, so the first expectation is on line 13.
    private const string Steps = """
          - { at: 0, as: mallory, do: createCMKEnterprisePolicy, name: ep, location: europe, vault: kv, key: cmk, keyVersion: 1, operation: create-ep }
          - { at: 1h, as: mallory, do: validateKeyVaultForCMK, vault: kv, policy: ep }
          - { at: 2h, as: mallory, do: addCustomerManagedKeyToEnvironment, policy: ep, environments: "sales-*", operation: add }
        expect:

        """;

    private static Scenario Load(string expectations)
    {
        using var file = new ScenarioFile(Header + Steps + expectations);
        return ScenarioLoader.Load(file.Path);
    }

    [Fact]
    public void Runbook_steps_are_typed_actions_binding_their_operation()
    {
        var steps = Load("  - { step: 1, refused: false }\n").Steps;

        Assert.Equal(new CreateCMKEnterprisePolicy("ep", "europe", "kv", "cmk", "1", "create-ep"), steps[0].Do);
        Assert.Equal(new ValidateKeyVaultForCMK("kv", "ep", null), steps[1].Do);
        var add = Assert.IsType<AddCustomerManagedKeyToEnvironment>(steps[2].Do);
        Assert.Equal(("ep", "add", 3), (add.Policy, add.Operation, add.Environments.Names.Count));
    }

    [Fact]
    public void CreateEnterprisePolicy_may_name_a_key_version()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, name: ep, location: europe, vault: kv, key: cmk, keyVersion: previous }\n");

        Assert.Equal("previous", Assert.IsType<CreateEnterprisePolicy>(Assert.Single(ScenarioLoader.Load(file.Path).Steps).Do).KeyVersion);
    }

    [Fact]
    public void Operation_posture_and_resource_expectations_parse_into_their_model()
    {
        var all = Load("""
              - { at: 3h, operation: add, operationStatus: Running }
              - { posture: { environmentHoursOffline: { atMost: 10.5 }, environmentsWithDataLost: 0, backupsUnrestorable: { atLeast: 1, atMost: 2 }, verdict: AtRisk } }
              - { at: 1d, environments: "sales-*", resource: searchIndex, keyVersion: previous }
              - { at: 1d, environments: "sales-*", operation: "Update Customer Managed Key", operationStatus: Succeeded }
              - anyOf: [ { posture: { verdict: Sound } }, { at: 1d, operation: add, operationStatus: Failed } ]

            """).Expectations;

        var operation = Assert.IsType<OperationExpectation>(all[0]);
        Assert.Equal(("add", OperationStatus.Running, TimeSpan.FromHours(3)), (operation.Operation, operation.Status, operation.At));
        var posture = Assert.IsType<PostureExpectation>(all[1]);
        Assert.Equal(PostureVerdict.AtRisk, posture.Verdict);
        Assert.Equal(
            [new PostureBound("environmentHoursOffline", null, 10.5, null), new PostureBound("environmentsWithDataLost", 0, null, null), new PostureBound("backupsUnrestorable", null, 2, 1)],
            posture.Facts);
        Assert.Equal(StorageResource.SearchIndex, Assert.IsType<EnvironmentExpectation>(all[2]).Resource);
        Assert.Equal(OperationStatus.Succeeded, Assert.IsType<EnvironmentExpectation>(all[3]).OperationStatus);
        var any = Assert.IsType<AnyOfExpectation>(all[4]);
        Assert.IsType<PostureExpectation>(any.Alternatives[0]);
        Assert.IsType<OperationExpectation>(any.Alternatives[1]);
    }

    [Fact]
    public void A_posture_bound_holds_within_its_limits()
    {
        Assert.True(new PostureBound("environmentsOffline", 0, null, null).Holds(0));
        Assert.False(new PostureBound("environmentsOffline", 0, null, null).Holds(1));
        Assert.True(new PostureBound("environmentHoursOffline", null, 10, 2).Holds(10));
        Assert.False(new PostureBound("environmentHoursOffline", null, 10, 2).Holds(1.5));
        Assert.False(new PostureBound("environmentHoursOffline", null, 10, null).Holds(10.1));
    }

    [Theory]
    [InlineData("  - { at: 3h, operation: ad, operationStatus: Running }\n", 13, "ad,", "expect[1].operation: no step binds operation 'ad' (did you mean 'add'")]
    [InlineData("  - { at: 3h, operation: add }\n", 13, "{", "expect[1].operationStatus: is missing: expected Running, Succeeded or Failed")]
    [InlineData("  - { at: 3h, operation: add, operationStatus: Done }\n", 13, "Done", "expect[1].operationStatus: 'Done' is not one of Running, Succeeded, Failed")]
    [InlineData("  - { at: 3h, operation: add, operationStatus: Running, count: 1 }\n", 13, "count", "expect[1].count: unknown key for an operation expectation")]
    [InlineData("  - { posture: { environmentsOffline: 2.5 } }\n", 13, "2.5", "expect[1].posture.environmentsOffline: '2.5' is not a whole number")]
    [InlineData("  - { posture: { environmentHoursOffline: -1 } }\n", 13, "-1", "expect[1].posture.environmentHoursOffline: '-1' is not a number of hours")]
    [InlineData("  - { posture: { environmentsOffline: { atLeast: 3, atMost: 2 } } }\n", 13, "3,", "expect[1].posture.environmentsOffline.atLeast: atLeast 3 is more than atMost 2")]
    [InlineData("  - { posture: { environmentsOffline: { below: 2 } } }\n", 13, "below", "expect[1].posture.environmentsOffline.below: unknown bound")]
    [InlineData("  - { posture: { dataLost: 0 } }\n", 13, "dataLost", "expect[1].posture.dataLost: unknown posture fact")]
    [InlineData("  - { posture: { verdict: Safe } }\n", 13, "Safe", "expect[1].posture.verdict: 'Safe' is not one of Sound, AtRisk, DataLost")]
    [InlineData("  - { posture: {} }\n", 13, "{}", "expect[1].posture: checks nothing")]
    [InlineData("  - { posture: { verdict: Sound }, at: 1d }\n", 13, "at", "expect[1].at: unknown key for a posture expectation")]
    [InlineData("  - { at: 1d, environments: sales-1, resource: searchIndex, readable: true }\n", 13, "resource", "expect[1].resource: checks nothing without keyVersion")]
    [InlineData("  - { at: 1d, environments: sales-1, resource: cache, keyVersion: 1 }\n", 13, "cache", "expect[1].resource: 'cache' is not one of Database, FileStorage, SearchIndex")]
    [InlineData("  - { at: 1d, environments: sales-1, policy: \"../ep\" }\n", 13, "\"../ep\"", "expect[1].policy: ")]
    public void A_misused_expectation_is_reported_at_its_value(string expectation, int line, string token, string message)
    {
        using var file = new ScenarioFile(Header + Steps + expectation);
        var errors = Invalid(file).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith($"{file.At(line, token)}: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void An_operation_name_binds_one_step_only()
    {
        using var file = new ScenarioFile(Header + Steps.Replace("expect:", "  - { at: 3h, as: mallory, do: removeCMKEnterprisePolicy, policy: ep, operation: add }\nexpect:", StringComparison.Ordinal));
        var errors = Invalid(file).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith($"{file.At(12, "{")}: steps[4].operation: operation 'add' is already bound by step 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_runbook_step_checks_its_arguments_like_any_other()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: swapCustomerManagedKeyForEnvironment, environments: sales-1 }\n");

        Assert.Contains(Invalid(file).Errors, e => e.Message.StartsWith("swapCustomerManagedKeyForEnvironment needs 'policy'", StringComparison.Ordinal));
    }
}
