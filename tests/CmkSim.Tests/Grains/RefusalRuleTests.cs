using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>
/// The refusals that used to cite no rule now cite the one that refuses them: a disabled environment its cause
/// (EN-03 while encrypting), a second Add environment EN-03, removal from no policy EN-04, a missing policy EP-01 /
/// EP-04, a missing key or version KV-07, a taken key name EN-07, soft-delete conflicts SD-02, a missing vault KV-01.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RefusalRuleTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task Environment_refusals_cite_EN03_EN04_EP04()
    {
        var world = await CmkWorld.CreateAsync(fixture, "cite-env");
        var env = await world.NewEnvironmentAsync("e");
        var idle = await world.NewEnvironmentAsync("idle");

        var removeFromNone = await idle.RemoveFromPolicyAsync(Admin);
        var noPolicy = await idle.AddToPolicyAsync(Admin, "ep-never-created");
        Assert.True((await env.AddToPolicyAsync(Admin, world.Policy)).Accepted);
        var whileEncrypting = await env.AddToPolicyAsync(Admin, world.Policy);
        var removeWhileEncrypting = await env.RemoveFromPolicyAsync(Admin);
        await fixture.Advance(TimeSpan.FromDays(4));
        var again = await env.AddToPolicyAsync(Admin, world.Policy);

        Assert.Equal((false, RuleId.EN04), (removeFromNone.Accepted, removeFromNone.RuleId));
        Assert.Equal((false, RuleId.EP04), (noPolicy.Accepted, noPolicy.RuleId));
        Assert.Equal((false, RuleId.EN03), (whileEncrypting.Accepted, whileEncrypting.RuleId));
        Assert.Equal((false, RuleId.EN03), (removeWhileEncrypting.Accepted, removeWhileEncrypting.RuleId));
        Assert.Equal((false, RuleId.EN03), (again.Accepted, again.RuleId));
    }

    [Fact]
    public async Task Policy_refusals_cite_EP01()
    {
        var world = await CmkWorld.CreateAsync(fixture, "cite-ep");
        var missing = fixture.Grains.GetGrain<Contracts.Policies.IEnterprisePolicyGrain>("ep-cite-never-created");

        var deleteMissing = await missing.DeleteAsync(Admin);
        var createTwice = await world.PolicyGrain.CreateAsync(Admin, (await world.PolicyGrain.GetAsync())!.Definition);

        Assert.Equal((false, RuleId.EP01), (deleteMissing.Accepted, deleteMissing.RuleId));
        Assert.Equal((false, RuleId.EP01), (createTwice.Accepted, createTwice.RuleId));
    }

    [Fact]
    public async Task Key_vault_refusals_cite_KV07_EN07_SD02_KV01()
    {
        var world = await CmkWorld.CreateAsync(fixture, "cite-kv");
        var vault = world.VaultGrain;
        var never = fixture.Grains.GetGrain<IKeyVaultGrain>("v-cite-never");

        Assert.Equal(RuleId.KV07, (await vault.RotateKeyAsync(Admin, "no-such-key")).RuleId);
        Assert.Equal(RuleId.KV07, (await vault.SetVersionEnabledAsync(Admin, new KeyVersionId(world.Vault, "cmk", "0000"), false)).RuleId);
        Assert.Equal(RuleId.KV07, (await vault.DeleteKeyAsync(Admin, "no-such-key")).RuleId);
        Assert.Equal(RuleId.KV07, (await vault.GetKeyAsync("no-such-key")).RuleId);
        Assert.Equal(RuleId.EN07, (await vault.CreateKeyAsync(CmkWorld.KvAdmin, "cmk", KeyType.Rsa, 2048)).RuleId);
        Assert.Equal(RuleId.SD02, (await vault.RecoverKeyAsync(Admin, "cmk")).RuleId);
        Assert.Equal(RuleId.SD02, (await vault.PurgeVaultAsync(Admin)).RuleId);
        Assert.Equal(RuleId.KV01, (await vault.CreateAsync(CmkWorld.KvAdmin, new KeyVaultSettings("sub", PurgeProtectionEnabled: true))).RuleId);
        Assert.Equal(RuleId.KV01, (await never.CreateKeyAsync(CmkWorld.KvAdmin, "k", KeyType.Rsa, 2048)).RuleId);
    }
}
