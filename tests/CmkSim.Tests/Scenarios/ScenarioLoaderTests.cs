using CmkSim.Domain.Environments;
using CmkSim.Domain.Tenants;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Model;

namespace CmkSim.Tests.Scenarios;

/// <summary>Valid scenarios read into the model: expanded environments, typed arguments, the three kinds of expectation.</summary>
public sealed class ScenarioLoaderTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Samples", name);

    [Fact]
    public void A_full_scenario_reads_into_expanded_environments_typed_steps_and_expectations()
    {
        var scenario = ScenarioLoader.Load(Sample("malicious-admin-lockout.yaml"));

        Assert.Equal("malicious-admin-lockout", scenario.Name);
        Assert.StartsWith("One admin with both roles", scenario.Description, StringComparison.Ordinal);
        Assert.Equal(7, scenario.Seed);
        Assert.Equal(TimeSpan.FromDays(45), scenario.Span);
        Assert.Equal(TimeSpan.FromDays(56), scenario.End);

        var environments = scenario.Tenant.Environments;
        Assert.Equal(201, environments.Count);
        Assert.Equal("sales-1", environments[0].Name);
        Assert.Equal("sales-200", environments[199].Name);
        Assert.Equal(new[] { "europe" }, environments.Select(e => e.Region).Distinct());
        Assert.All(environments.Take(200), e => Assert.Equal(50, e.Records));
        Assert.True(environments[0].Managed);
        Assert.Equal(EnvironmentType.Production, environments[0].Type);
        Assert.Equal(FinanceAndOperations.None, environments[0].FinanceAndOperations);
        Assert.Equal(InitialEncryption.MicrosoftManaged, environments[0].Encryption);
        var mallory = scenario.Tenant.Users[0];
        Assert.Equal([EntraRole.GlobalAdministrator, EntraRole.PowerPlatformAdministrator], mallory.Roles);
        Assert.True(mallory.Active);

        Assert.Equal(11, scenario.Steps.Count);
        var vault = scenario.Steps[1];
        Assert.Equal((2, "createKeyVault", "mallory"), (vault.Index, vault.Action, vault.Actor));
        Assert.Equal(TimeSpan.FromHours(1), vault.At);
        Assert.True(vault.Arguments.Bool("softDelete"));
        Assert.False(vault.Arguments.Bool("purgeProtection"));
        Assert.Equal(7, vault.Arguments.Int("retentionDays"));
        Assert.Equal(21, vault.Location.Line);
        var template = scenario.Steps[3].Arguments.String("template");
        Assert.True(Path.IsPathFullyQualified(template) && File.Exists(template), template);
        var add = scenario.Steps[4].Arguments.Environments("environments");
        Assert.Equal(["sales-*"], add.Patterns);
        Assert.Equal(200, add.Names.Count);

        var state = Assert.IsType<EnvironmentExpectation>(scenario.Expectations[2]);
        Assert.Equal(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1), state.At);
        Assert.Equal(EnvironmentStatus.Locked, state.Status);
        Assert.False(state.Readable);
        Assert.Null(state.Count);
        Assert.Equal(new RefusalExpectation(scenario.Expectations[4].Location, 5, "EP-04"), scenario.Expectations[4]);
        Assert.Equal("SD-01", Assert.IsType<FindingExpectation>(scenario.Expectations[5]).RuleId);
    }

    [Fact]
    public void Block_style_steps_lists_of_patterns_durations_and_the_default_span_are_read()
    {
        var scenario = ScenarioLoader.Load(Sample("key-rotation-and-byok.yaml"));

        var vault = scenario.Steps[1].Arguments;
        Assert.Equal("AzureRbac", vault.String("permissionModel"));
        Assert.False(vault.Bool("publicNetworkAccess"));
        Assert.Equal(TimeSpan.FromDays(365), scenario.Steps[2].Arguments.Duration("expires"));
        Assert.Equal(TimeSpan.FromDays(90), scenario.Steps[3].Arguments.OptionalDuration("timeAfterCreate"));
        Assert.Null(scenario.Steps[3].Arguments.OptionalDuration("timeBeforeExpiry"));
        Assert.Equal("uk", scenario.Steps[4].Arguments.String("location"));
        Assert.Equal("previous", scenario.Steps[10].Arguments.String("version"));
        Assert.Equal(["ops-1", "ops-2", "ops-3", "legacy"], scenario.Steps[11].Arguments.Environments("environments").Names);
        var legacy = scenario.Tenant.Environments.Single(e => e.Name == "legacy");
        Assert.Equal((InitialEncryption.Byok, FinanceAndOperations.WithIntegration), (legacy.Encryption, legacy.FinanceAndOperations));
        Assert.Equal("prod-sub", scenario.Tenant.Subscriptions.Single().Name);
        Assert.Equal(TimeSpan.FromDays(97), scenario.End);
        Assert.Equal(1, Assert.IsType<EnvironmentExpectation>(scenario.Expectations[1]).Count);
    }

    [Fact]
    public void Scale_multiplies_every_numbered_environment_entry_and_leaves_single_ones()
    {
        var once = ScenarioLoader.Load(Sample("malicious-admin-lockout.yaml"));
        var scaled = ScenarioLoader.Load(Sample("malicious-admin-lockout.yaml"), scale: 5);

        Assert.Equal(201, once.Tenant.Environments.Count);
        Assert.Equal(1001, scaled.Tenant.Environments.Count);
        Assert.Equal("sales-1000", scaled.Tenant.Environments[999].Name);
        Assert.Equal(1000, scaled.Steps[4].Arguments.Environments("environments").Names.Count);
    }
}
