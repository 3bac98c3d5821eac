using CmkSim.Contracts.Compliance;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Rules;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Grains.Compliance;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>Advisory rules become findings, computed from the audit log and pointing at their evidence.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FindingsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SD01_a_Power_Platform_admin_who_also_manages_the_key_vault_is_a_finding()
    {
        await fixture.Grains.GetGrain<ITenantGrain>("tenant").AddUserAsync(new TenantUser("mallory", [EntraRole.GlobalAdministrator], ["Microsoft365E5"]));
        var vault = fixture.Grains.GetGrain<IKeyVaultGrain>("v-sd01");
        await vault.CreateAsync("mallory", new KeyVaultSettings("sub", PurgeProtectionEnabled: true));
        await vault.CreateKeyAsync("mallory", "cmk", KeyType.Rsa, 2048);

        var findings = await Findings(["v-sd01"], [], []);

        var finding = Assert.Single(findings, f => f.RuleId == RuleId.SD01 && f.Subject == "user/mallory");
        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Equal(2, finding.Evidence.Count);
    }

    [Fact]
    public async Task EN05_removing_the_identity_permission_within_30_days_of_leaving_the_policy_is_a_finding()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en05");
        var env = await world.EncryptedEnvironmentAsync("e");
        await env.RemoveFromPolicyAsync(CmkWorld.AdminUser);
        await fixture.Advance(TimeSpan.FromDays(4));

        await fixture.Advance(TimeSpan.FromDays(10));
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);

        var findings = await Findings([world.Vault], [world.Policy], [env.GetPrimaryKeyString()]);
        Assert.Contains(findings, f => f.RuleId == RuleId.EN05 && f.Subject == $"environment/{env.GetPrimaryKeyString()}");
    }

    [Fact]
    public async Task EN08_disabling_the_previous_version_within_28_days_of_rotation_is_a_finding_and_after_is_not()
    {
        var early = await CmkWorld.CreateAsync(fixture, "en08-find-a");
        var late = await CmkWorld.CreateAsync(fixture, "en08-find-b");
        var earlyV1 = (await early.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        var lateV1 = (await late.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await early.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");
        await late.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");

        await fixture.Advance(TimeSpan.FromDays(10));
        await early.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, earlyV1, false);
        await fixture.Advance(TimeSpan.FromDays(20));
        await late.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, lateV1, false);

        var findings = await Findings([early.Vault, late.Vault], [], []);
        Assert.Contains(findings, f => f.RuleId == RuleId.EN08 && f.Subject == $"{early.Vault}/cmk");
        Assert.DoesNotContain(findings, f => f.RuleId == RuleId.EN08 && f.Subject == $"{late.Vault}/cmk");
    }

    [Fact]
    public async Task LK02_data_lost_to_a_lock_left_too_long_is_a_critical_finding()
    {
        var world = await CmkWorld.CreateAsync(fixture, "lk02-find");
        var env = await world.EncryptedEnvironmentAsync("e", EnvironmentType.Sandbox);
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.FromDays(8));

        var findings = await Findings([world.Vault], [world.Policy], [env.GetPrimaryKeyString()]);
        Assert.Contains(findings, f => f.RuleId == RuleId.LK02 && f.Severity == FindingSeverity.Critical);
    }

    private async Task<IReadOnlyList<Finding>> Findings(string[] vaults, string[] policies, string[] environments) =>
        FindingsAnalyzer.Analyze(await AuditLogCollector.CollectAsync(fixture.Grains, vaults, policies, environments));
}
