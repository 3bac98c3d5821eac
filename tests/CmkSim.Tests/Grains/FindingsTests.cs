using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
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

    [Theory]
    [InlineData("en08-27d", 27.0, true)]
    [InlineData("en08-28d12h", 28.5, false)]
    public async Task EN08_disabling_the_previous_version_is_a_finding_under_28_days_after_the_rotation_counted_from_it(string prefix, double days, bool raised)
    {
        var world = await CmkWorld.CreateAsync(fixture, prefix);
        var env = await world.EncryptedEnvironmentAsync("e");
        await env.BackupAsync(CmkWorld.AdminUser, "before-rotation");
        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await world.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");

        await fixture.Advance(TimeSpan.FromDays(days));
        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, false);
        await fixture.Advance(TimeSpan.Zero);

        var log = await JournalCollector.CollectAsync(fixture.Grains, [world.Vault], [world.Policy], [env.GetPrimaryKeyString()]);
        var findings = FindingChecks.Run(log).Where(f => f.RuleId == RuleId.EN08 && f.Subject == $"{world.Vault}/cmk").ToList();
        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status); // live data re-wrapped long ago either way
        if (!raised)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Contains(finding.Evidence, i => log[i] is KeyRotated);
        Assert.Contains(finding.Evidence, i => log[i] is KeyVersionDisabled);
        Assert.Contains(finding.Evidence, i => log[i] is BackupTaken); // the backup it made unrestorable
        Assert.Contains("1 backup(s)", finding.Message);
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
        FindingChecks.Run(await JournalCollector.CollectAsync(fixture.Grains, vaults, policies, environments));
}
