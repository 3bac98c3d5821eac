using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Journal;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Simulation;
using static CmkSim.Tests.Properties.PropertyTenant;

namespace CmkSim.Tests.Properties.Found;

/// <summary>
/// The refusals the platform used to decide without a grain (issue 9 follow-up): each is now decided by the grain that
/// owns its subject (the policy, the vault; the tenant for a template that names no policy: TemplateRefusalJournalTests) and journaled there once,
/// with the rule the step cites; a Reader grant on a policy that was never created is refused (EP-01's 404).
/// </summary>
public sealed class RefusalsJournaledWhereDecidedTests
{
    private static readonly GeneratedStep[] VaultAndKey =
    [
        Step(Admin, "registerResourceProvider", ("subscription", Subscription)),
        Step(Admin, "createKeyVault", ("name", "kv1"), ("subscription", Subscription), ("softDelete", "true"), ("purgeProtection", "true")),
        Step(Admin, "createKey", ("vault", "kv1"), ("name", "cmk1"), ("type", "RSA"), ("size", "2048")),
    ];

    [Fact]
    public async Task KV07_a_version_the_key_lacks_refuses_a_create_and_an_update_and_the_policy_journals_both()
    {
        var result = await RunAsync([.. VaultAndKey,
            Step(Admin, "createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1"), ("keyVersion", "previous")),
            Step(Admin, "createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1"), ("keyVersion", "1")),
            Step(Admin, "updateEnterprisePolicy", ("policy", "ep1"), ("keyVersion", "2")),
            Step(Admin, "updateEnterprisePolicy", ("policy", "ep1"), ("keyVersion", "current"))]);

        Assert.Equal([true, true, true, false, true, false, true], result.Steps.Select(s => s.Accepted));
        Assert.Equal(["KV-07", "KV-07"], result.Steps.Where(s => !s.Accepted).Select(s => s.RuleId));
        Assert.Equal(["createEnterprisePolicy", "updateEnterprisePolicy"],
            result.Journal.OfType<Refused>().Where(r => r.Subject == "policy/ep1" && r.Rule == "KV-07").Select(r => r.RefusedOperation));
        Assert.Empty(RefusalJournaling.Unjournaled(result));
        AssertOneOwnEventPerStep(result);
    }

    [Fact]
    public async Task EP01_Reader_on_a_policy_never_created_is_refused_as_not_found_and_journaled()
    {
        var result = await RunAsync(
            Step(Admin, "grantPolicyReader", ("policy", "ep2"), ("user", Admin)),
            Step(Admin, "removePolicyReader", ("policy", "ep2"), ("user", Admin)));

        Assert.All(result.Steps, s => Assert.Equal(("EP-01", false), (s.RuleId, s.Accepted)));
        Assert.Contains("not found", result.Steps[0].Message, StringComparison.Ordinal);
        Assert.Equal(["grantPolicyReader", "removePolicyReader"], result.Journal.OfType<Refused>().Select(r => r.RefusedOperation));
        Assert.Empty(RefusalJournaling.Unjournaled(result));
    }

    [Fact]
    public async Task ValidateKeyVaultForCMK_is_journaled_by_the_vault_refused_with_its_failing_checks_rule_or_passed()
    {
        var result = await RunAsync([.. VaultAndKey,
            Step(Admin, "validateKeyVaultForCMK", ("vault", "kv1"), ("policy", "ep1")),
            Step(Admin, "createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1")),
            Step(Admin, "validateKeyVaultForCMK", ("vault", "kv1"), ("policy", "ep1")),
            Step(Admin, "grantKeyAccess", ("vault", "kv1"), ("policy", "ep1")),
            Step(Admin, "validateKeyVaultForCMK", ("vault", "kv1"), ("policy", "ep1")),
            Step(Admin, "validateKeyVaultForCMK", ("vault", "kv2"), ("policy", "ep1"))]);

        Assert.Equal(["EP-01", "KV-06", null, "EP-07"], new[] { 3, 5, 7, 8 }.Select(i => result.Steps[i].RuleId));
        var validations = result.Journal.Where(e => e.Operation is "validateKeyVaultForCMK" or "keyVaultValidated" && e.Actor == Admin).ToList();
        Assert.Equal(["vault/kv1#", "vault/kv1#", "vault/kv1#", "vault/kv2#"], validations.Select(e => e.Id.ToString()[..(e.Id.ToString().IndexOf('#') + 1)]));
        Assert.IsType<KeyVaultValidated>(validations[2]);
        Assert.Empty(RefusalJournaling.Unjournaled(result));
        AssertOneOwnEventPerStep(result);
    }

    /// <summary>The property oracle's rule, on these runs: one event of the step's own, its outcome the step's.</summary>
    private static void AssertOneOwnEventPerStep(ScenarioRunResult result)
    {
        foreach (var (step, i) in result.Scenario.Steps.Select((s, i) => (s, i)))
        {
            var own = result.Journal.Where(e => e.Time == result.Start + step.At && e.Actor == step.Actor && e.Cause is null && e is not PolicyValidated).ToList();
            Assert.True(own.Count == 1, $"step {i + 1} ({step.Action}): {own.Count} events of its own ({string.Join(", ", own.Select(e => e.Operation))})");
            Assert.Equal(result.Steps[i].Accepted, own[0].Outcome == EventOutcome.Succeeded);
        }
    }

    private static async Task<ScenarioRunResult> RunAsync(params GeneratedStep[] steps)
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-refusals-").FullName;
        try
        {
            var file = Path.Combine(folder, "case.yaml");
            await File.WriteAllTextAsync(file, ToYaml(new GeneratedRun(2, 7, steps)));
            return await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Steps ten minutes apart.</summary>
    private static GeneratedStep Step(string actor, string action, params (string, string)[] args) => new(TimeSpan.FromMinutes(10), actor, action, args);
}
