using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Journal;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Properties.Found;

/// <summary>
/// Product bugs the property tests found, each kept as a plain scenario run: every refusal is journaled with its rule
/// (issue 9), wherever it is decided; a copy onto itself is refused at once instead of waiting on its own call.
/// </summary>
public sealed class FoundByPropertiesTests
{
    [Fact]
    public async Task KV01_a_refusal_on_a_vault_never_created_is_journaled_and_in_the_audit_log()
    {
        var result = await RunAsync(
            Step(PropertyTenant.Admin, "createKey", ("vault", "kv2"), ("name", "cmk1"), ("type", "RSA"), ("size", "2048")),
            Step(PropertyTenant.Admin, "assignRole", ("user", PropertyTenant.Nobody), ("role", "Reader"), ("vault", "kv2")),
            Step(PropertyTenant.Admin, "deleteKeyVault", ("vault", "kv2")));

        Assert.Equal(["KV-01", "KV-01", "KV-01"], result.Steps.Select(s => s.RuleId));
        AssertEachStepJournaledItsRefusal(result);
    }

    [Fact]
    public async Task KV07_and_DB01_refusals_decided_before_any_grain_answers_are_journaled_too()
    {
        // A version the key doesn't have, and a backup no step took: the platform used to refuse these itself, unjournaled.
        var result = await RunAsync(
            Step(PropertyTenant.Admin, "disableKeyVersion", ("vault", "kv1"), ("key", "cmk1"), ("version", "previous")),
            Step(PropertyTenant.Admin, "restore", ("backup", "b1"), ("target", "prod")));

        Assert.Equal(["KV-07", "DB-01"], result.Steps.Select(s => s.RuleId));
        AssertEachStepJournaledItsRefusal(result);
    }

    [Fact]
    public async Task DB02_an_environment_copied_onto_itself_is_refused_at_once()
    {
        var result = await RunAsync(Step(PropertyTenant.Admin, "copy", ("source", "sand"), ("target", "sand")));

        Assert.False(result.Steps[0].IsError, result.Steps[0].Message);
        Assert.Equal("DB-02", result.Steps[0].RuleId);
        AssertEachStepJournaledItsRefusal(result);
    }

    private static void AssertEachStepJournaledItsRefusal(ScenarioRunResult result)
    {
        var steps = result.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.False(steps[i].Accepted, $"step {i + 1}: {steps[i].Message}");
            var own = result.Journal.OfType<Refused>().Where(e => e.Time == result.Start + TimeSpan.FromMinutes(10 * (i + 1))).ToList();
            Assert.True(own.Count == 1, $"step {i + 1}: {own.Count} refusals journaled");
            Assert.Equal(steps[i].RuleId, own[0].Rule);
        }
    }

    private static async Task<ScenarioRunResult> RunAsync(params GeneratedStep[] steps)
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-found-").FullName;
        try
        {
            var run = new GeneratedRun(2, 7, steps);
            var file = Path.Combine(folder, "case.yaml");
            await File.WriteAllTextAsync(file, PropertyTenant.ToYaml(run));
            var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file));
            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Steps ten minutes apart.</summary>
    private static GeneratedStep Step(string actor, string action, params (string, string)[] args) =>
        new(TimeSpan.FromMinutes(10), actor, action, args);
}
