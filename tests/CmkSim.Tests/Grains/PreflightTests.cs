using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Preflight;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Preflight;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>The ValidateKeyVaultForCMK rehearsal: in order, stopping at the first failure.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PreflightTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_ready_vault_and_policy_pass_every_check()
    {
        var world = await CmkWorld.CreateAsync(fixture, "pre-ok");

        var checks = await KeyVaultPreflight.RunAsync(fixture.Grains, fixture.Clock, CmkWorld.AdminUser, world.Vault, world.Policy);

        Assert.Equal(13, checks.Count);
        Assert.All(checks, c => Assert.Equal(PreflightOutcome.Pass, c.Outcome));
    }

    [Fact]
    public async Task KV01_KV06_EP07_KV07_the_first_failing_check_is_reported_and_the_rest_not_run()
    {
        var noPurge = await CmkWorld.CreateAsync(fixture, "pre-kv01", new KeyVaultSettings("sub", PurgeProtectionEnabled: false));
        var noAccess = await CmkWorld.CreateAsync(fixture, "pre-kv06", grantAccess: false);
        var disabled = await CmkWorld.CreateAsync(fixture, "pre-kv07");
        await disabled.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, (await disabled.VaultGrain.GetKeyAsync("cmk")).Value!.Id, false);

        Assert.Equal(RuleId.KV01, FirstFailure(await Run(noPurge.Vault, noPurge.Policy)).RuleId);
        Assert.Equal(RuleId.KV06, FirstFailure(await Run(noAccess.Vault, noAccess.Policy)).RuleId);
        Assert.Equal(RuleId.EP07, FirstFailure(await Run(noAccess.Vault, noPurge.Policy)).RuleId);
        var kv07 = await Run(disabled.Vault, disabled.Policy);
        Assert.Equal(RuleId.KV07, FirstFailure(kv07).RuleId);
        Assert.Equal(PreflightOutcome.NotRun, kv07[^1].Outcome);
    }

    private Task<IReadOnlyList<PreflightCheck>> Run(string vault, string policy) =>
        KeyVaultPreflight.RunAsync(fixture.Grains, fixture.Clock, CmkWorld.AdminUser, vault, policy);

    private static PreflightCheck FirstFailure(IReadOnlyList<PreflightCheck> checks) => checks.First(c => c.Outcome == PreflightOutcome.Fail);
}
