using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Guards;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>
/// Refusals that used to be an <c>if</c> on a grain's own state now come from its machine: the unmet guard names the
/// rule (compared here with the guard the catalogue's machine carries), the message stays the one users know.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MachineRefusalTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task EP06_deleting_a_linked_policy_is_refused_by_the_machine_guard_and_allowed_once_unlinked()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-ep06");
        var env = await world.EncryptedEnvironmentAsync("e");

        var linked = await world.PolicyGrain.DeleteAsync(Admin);
        await env.RemoveFromPolicyAsync(Admin);
        await fixture.Advance(TimeSpan.FromDays(4));
        var unlinked = await world.PolicyGrain.DeleteAsync(Admin);
        var again = await world.PolicyGrain.DeleteAsync(Admin);

        Assert.Equal(MachineGuards.RuleOn("EnterprisePolicy", "Delete"), linked.RuleId);
        Assert.Equal((false, RuleId.EP06), (linked.Accepted, linked.RuleId));
        Assert.Contains("environment(s) are still linked", linked.Message);
        Assert.True(unlinked.Accepted, unlinked.Message);
        Assert.Equal((false, RuleId.EP01), (again.Accepted, again.RuleId)); // no guard: the state has no Delete
    }

    [Fact]
    public async Task EN04_removing_an_environment_on_no_policy_is_refused_by_the_machine_guard()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-en04");
        var env = await world.NewEnvironmentAsync("e");

        var refused = await env.RemoveFromPolicyAsync(Admin);

        Assert.Equal(MachineGuards.RuleOn("Environment", "RemoveFromPolicy"), refused.RuleId);
        Assert.Equal((false, RuleId.EN04), (refused.Accepted, refused.RuleId));
        Assert.Equal("environment is on no policy: it is already on the Microsoft-managed key", refused.Message);
        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
    }

    [Fact]
    public async Task EN03_an_environment_the_machine_holds_disabled_refuses_removal_and_adding_with_the_state_rule()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-en03");
        var env = await world.NewEnvironmentAsync("e");
        Assert.True((await env.AddToPolicyAsync(Admin, world.Policy)).Accepted);

        var remove = await env.RemoveFromPolicyAsync(Admin);
        var add = await env.AddToPolicyAsync(Admin, world.Policy);

        Assert.Equal((false, RuleId.EN03), (remove.Accepted, remove.RuleId));
        Assert.StartsWith("environment is ", remove.Message);
        Assert.Equal((false, RuleId.EN03), (add.Accepted, add.RuleId));
    }

    [Fact]
    public async Task LK03_re_enabling_an_environment_the_machine_has_not_locked_is_refused()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-lk03");
        var env = await world.EncryptedEnvironmentAsync("e");

        var refused = await env.ReEnableAsync(Admin);

        Assert.Equal((false, RuleId.LK03), (refused.Accepted, refused.RuleId));
        Assert.Contains("not locked: only a locked environment is re-enabled", refused.Message);
    }

    [Fact]
    public async Task LK01_an_environment_on_the_Microsoft_managed_key_is_not_locked_by_a_key_access_check()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-lk01");
        var env = await world.NewEnvironmentAsync("e");
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);

        await env.CheckKeyAccessAsync(null);

        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task SD02_purging_a_deleted_key_under_purge_protection_cites_the_machine_guard()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-sd02");
        await world.VaultGrain.DeleteKeyAsync(CmkWorld.KvAdmin, "cmk");

        var purge = await world.VaultGrain.PurgeKeyAsync(CmkWorld.KvAdmin, "cmk");
        var recover = await world.VaultGrain.RecoverKeyAsync(CmkWorld.KvAdmin, "cmk");
        var recoverActive = await world.VaultGrain.RecoverKeyAsync(CmkWorld.KvAdmin, "cmk");

        Assert.Equal(MachineGuards.RuleOn("Key", "Purge"), purge.RuleId);
        Assert.Equal((KeyVaultStatus.Conflict, RuleId.SD02), (purge.Status, purge.RuleId));
        Assert.Equal("purge protection is on: a deleted key can't be purged before its retention ends", purge.Message);
        Assert.True(recover.Succeeded, recover.Message);
        Assert.Equal((KeyVaultStatus.Conflict, RuleId.SD02), (recoverActive.Status, recoverActive.RuleId));
        Assert.Contains("can't recover a key that is Active", recoverActive.Message);
    }

    [Fact]
    public async Task KV07_a_deleted_keys_versions_can_be_neither_disabled_nor_enabled_until_it_is_recovered()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-kv07");
        var version = (await world.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await world.VaultGrain.DeleteKeyAsync(CmkWorld.KvAdmin, "cmk");

        var disable = await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, version, enabled: false);
        var enable = await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, version, enabled: true);
        await world.VaultGrain.RecoverKeyAsync(CmkWorld.KvAdmin, "cmk");
        var afterRecovery = await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, version, enabled: false);

        Assert.Equal(MachineGuards.RuleOn("KeyVersion", "Disable"), disable.RuleId);
        Assert.Equal((KeyVaultStatus.NotFound, RuleId.KV07), (disable.Status, disable.RuleId));
        Assert.Equal($"key version '{version.Uri}' not found", disable.Message);
        Assert.Equal((KeyVaultStatus.NotFound, RuleId.KV07), (enable.Status, enable.RuleId));
        Assert.True(afterRecovery.Succeeded, afterRecovery.Message);
        Assert.False(afterRecovery.Value!.Enabled);
    }

    [Fact]
    public async Task DB04_LK02_a_deleted_backup_keeps_the_rule_that_deleted_it_as_the_machine_recorded_it_on_entry()
    {
        var world = await CmkWorld.CreateAsync(fixture, "guard-backup");
        var sandbox = await world.EncryptedEnvironmentAsync("s", EnvironmentType.Sandbox);
        var production = await world.EncryptedEnvironmentAsync("p");
        Assert.True((await sandbox.BackupAsync(Admin, "b")).Accepted);
        Assert.True((await production.BackupAsync(Admin, "b")).Accepted);
        await production.ResetAsync(Admin);
        var afterReset = await production.RestoreAsync(Admin, production.GetPrimaryKeyString(), "b");
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.FromDays(7));
        await world.VaultGrain.AssignRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var afterDeletion = await sandbox.UnavailableBackupAsync("b");

        Assert.Equal((false, RuleId.DB04), (afterReset.Accepted, afterReset.RuleId));
        Assert.EndsWith("was deleted: reset (DB-04)", afterReset.Message);
        Assert.Equal(EnvironmentStatus.Deleted, (await sandbox.GetAsync()).Status);
        Assert.Equal(RuleId.LK02, afterDeletion.RuleId);
        Assert.EndsWith("was deleted: the locked environment was deleted (LK-02)", afterDeletion.Message);
    }
}
