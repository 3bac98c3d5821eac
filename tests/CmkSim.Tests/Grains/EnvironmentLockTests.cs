using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Hsm;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Environments;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>Locking, unlocking, deletion of locked environments, key rotation and the 28-day window.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EnvironmentLockTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task EN09_LK01_revoking_the_identity_locks_every_environment_on_the_policy_at_once_for_everyone()
    {
        var world = await CmkWorld.CreateAsync(fixture, "lk01-all");
        var envs = new[] { await world.EncryptedEnvironmentAsync("a"), await world.EncryptedEnvironmentAsync("b") };

        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);

        foreach (var env in envs)
        {
            Assert.Equal(EnvironmentStatus.Locked, (await env.GetAsync()).Status);
            var admin = await env.ReadRecordsAsync(Admin);
            var support = await env.ReadRecordsAsync("support");
            Assert.Equal((0, 10), (admin.Readable, admin.Unreadable));
            Assert.Equal(0, support.Readable);
            Assert.Contains("403", admin.Failure);
        }
    }

    [Fact]
    public async Task EP03_LK01_revoking_one_policys_identity_leaves_other_policies_on_the_vault_unprobed()
    {
        var world = await CmkWorld.CreateAsync(fixture, "lk01-one");
        var revoked = await world.EncryptedEnvironmentAsync("a");
        const string other = "ep-lk01-one-other";
        var otherPolicy = fixture.Grains.GetGrain<IEnterprisePolicyGrain>(other);
        Assert.True((await otherPolicy.CreateAsync(Admin, new EnterprisePolicyDefinition(other, "europe", "sub", world.Vault, "cmk"))).Accepted);
        Assert.True((await world.VaultGrain.AssignRoleAsync(CmkWorld.KvAdmin, Ep03SystemAssignedIdentity.IdentityOf(other),
            KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)).Succeeded);
        await otherPolicy.GrantReaderAsync(CmkWorld.KvAdmin, Admin);
        var untouched = await world.NewEnvironmentAsync("b");
        Assert.True((await untouched.AddToPolicyAsync(Admin, other)).Accepted);
        await fixture.Advance(TimeSpan.FromDays(4));
        var hsm = fixture.Grains.GetGrain<IHsmGrain>($"kv-{world.Vault}");
        var before = await hsm.GetOperationCountAsync();

        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);

        // The revoked identity's environment locks (its probes are refused before the HSM); the other policy's identity
        // kept its role, so its environment is not told and unwraps nothing.
        Assert.Equal(EnvironmentStatus.Locked, (await revoked.GetAsync()).Status);
        Assert.Equal(EnvironmentStatus.Enabled, (await untouched.GetAsync()).Status);
        Assert.Equal(before, await hsm.GetOperationCountAsync());
        Assert.Equal(10, (await untouched.ReadRecordsAsync(Admin)).Readable);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("delete")]
    [InlineData("network")]
    [InlineData("vault")]
    public async Task LK01_disabling_or_deleting_the_key_deleting_the_vault_or_closing_the_network_locks(string action)
    {
        var world = await CmkWorld.CreateAsync(fixture, $"lk01-{action}");
        var env = await world.EncryptedEnvironmentAsync("e");
        var key = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;

        await (action switch
        {
            "disable" => (Task)world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, key.Id, false),
            "delete" => world.VaultGrain.DeleteKeyAsync(CmkWorld.KvAdmin, "cmk"),
            "network" => world.VaultGrain.SetNetworkAsync(CmkWorld.KvAdmin, publicNetworkAccess: false, trustedServicesBypass: false),
            _ => world.VaultGrain.DeleteVaultAsync(CmkWorld.KvAdmin),
        });
        await fixture.Advance(TimeSpan.Zero);

        Assert.Equal(EnvironmentStatus.Locked, (await env.GetAsync()).Status);
        Assert.Equal(0, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task LK03_unlocking_needs_access_to_the_original_key_restored_then_a_re_enable_of_about_five_minutes()
    {
        var world = await CmkWorld.CreateAsync(fixture, "lk03");
        var env = await world.EncryptedEnvironmentAsync("e");
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);

        var tooEarly = await env.ReEnableAsync(Admin);
        await world.VaultGrain.AssignRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);
        var stillLocked = await env.ReadRecordsAsync(Admin);
        var reEnable = await env.ReEnableAsync(Admin);
        await fixture.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(RuleId.LK03, tooEarly.RuleId);
        Assert.False(tooEarly.Accepted);
        Assert.Equal(0, stillLocked.Readable);
        Assert.Contains("re-enabled", stillLocked.Failure);
        Assert.True(reEnable.Accepted, reEnable.Message);
        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Theory]
    [InlineData(EnvironmentType.Sandbox, 7)]
    [InlineData(EnvironmentType.Production, 30)]
    public async Task LK02_a_locked_environment_left_locked_is_deleted_and_its_data_lost(EnvironmentType type, int days)
    {
        var world = await CmkWorld.CreateAsync(fixture, $"lk02-{type}".ToLowerInvariant());
        var env = await world.EncryptedEnvironmentAsync("e", type);
        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);

        await fixture.Advance(TimeSpan.FromDays(days) - TimeSpan.FromHours(1));
        var justBefore = await env.GetAsync();
        await fixture.Advance(TimeSpan.FromHours(1));
        var after = await env.GetAsync();
        await world.VaultGrain.AssignRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);

        Assert.Equal(EnvironmentStatus.Locked, justBefore.Status);
        Assert.Equal((EnvironmentStatus.Deleted, true, 0), (after.Status, after.DataLost, after.Records));
        Assert.Equal(RuleId.LK02, (await env.ReadRecordsAsync(Admin)).RuleId);
        Assert.False((await env.ReEnableAsync(Admin)).Accepted);
    }

    [Fact]
    public async Task EN07_a_new_key_version_rolls_out_within_24_hours_with_no_downtime()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en07-env");
        var env = await world.EncryptedEnvironmentAsync("e");

        var v2 = (await world.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk")).Value!;
        var statuses = new List<EnvironmentStatus>();
        for (var hour = 0; hour < 24; hour++)
        {
            await fixture.Advance(TimeSpan.FromHours(1));
            statuses.Add((await env.GetAsync()).Status);
        }

        Assert.All(statuses, s => Assert.Equal(EnvironmentStatus.Enabled, s));
        Assert.Equal(v2.Id.Version, (await env.GetAsync()).KeyVersion);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task EN08_disabling_the_previous_version_on_day_10_leaves_live_data_online_but_refuses_the_older_backup_until_re_enabled()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en08-day10");
        var env = await world.EncryptedEnvironmentAsync("e");
        await env.BackupAsync(Admin, "before-rotation");
        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await world.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");
        await fixture.Advance(TimeSpan.FromDays(10));

        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, false);
        await fixture.Advance(TimeSpan.Zero);
        var refused = await env.RestoreAsync(Admin, env.GetPrimaryKeyString(), "before-rotation");
        var liveRead = await env.ReadRecordsAsync(Admin);
        var status = (await env.GetAsync()).Status;
        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, true);
        await fixture.Advance(TimeSpan.Zero);
        var restored = await env.RestoreAsync(Admin, env.GetPrimaryKeyString(), "before-rotation");

        // Every resource re-wrapped within 24 hours, so the disable does not touch live data.
        Assert.Equal(EnvironmentStatus.Enabled, status);
        Assert.Equal((10, 0, null), (liveRead.Readable, liveRead.Unreadable, liveRead.Failure));
        Assert.DoesNotContain(await env.GetJournalAsync(), e => e is EnvironmentLocked);
        // The backup kept its data keys as wrapped by v1: refused while v1 is disabled, restored once it is back.
        Assert.Equal((false, RuleId.EN08), (refused.Accepted, refused.RuleId));
        Assert.Contains(v1.Uri, refused.Message);
        Assert.True(restored.Accepted, restored.Message);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task EN07_EN08_disabling_the_previous_version_during_roll_out_locks_exactly_the_environments_with_a_resource_not_yet_re_wrapped()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en08-rollout");
        var envs = new List<IEnvironmentGrain>();
        for (var i = 1; i <= 6; i++)
        {
            envs.Add(await world.EncryptedEnvironmentAsync($"e{i}"));
        }

        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await world.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");
        await fixture.Advance(TimeSpan.FromHours(20));
        var reWrapped = new Dictionary<IEnvironmentGrain, int>();
        foreach (var env in envs)
        {
            reWrapped[env] = (await env.GetJournalAsync()).Count(e => e is KeyVersionRolledOut);
        }

        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, false);
        await fixture.Advance(TimeSpan.Zero);

        var online = envs.Where(e => reWrapped[e] == EnvironmentGrain.Resources.Count).ToList();
        var pending = envs.Except(online).ToList();
        Assert.NotEmpty(online);
        Assert.NotEmpty(pending);
        foreach (var env in online)
        {
            Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
            Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
        }

        foreach (var env in pending)
        {
            Assert.Equal(EnvironmentStatus.Locked, (await env.GetAsync()).Status);
            Assert.Equal(0, (await env.ReadRecordsAsync(Admin)).Readable);
            var locked = Assert.IsType<EnvironmentLocked>(Assert.Single(await env.GetJournalAsync(), e => e is EnvironmentLocked));
            Assert.Equal(RuleId.EN08, locked.Rule);
            Assert.Contains(v1, locked.Unusable); // the cause: the version still wrapping a resource
            Assert.Contains(v1.Uri, locked.Reason);
        }

        // LK-03 heals: the version back, then each locked environment re-enabled; its roll-out then completes.
        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, true);
        await fixture.Advance(TimeSpan.Zero);
        foreach (var env in pending)
        {
            Assert.True((await env.ReEnableAsync(Admin)).Accepted);
        }

        await fixture.Advance(TimeSpan.FromMinutes(5));
        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, false);
        await fixture.Advance(TimeSpan.Zero);
        foreach (var env in envs)
        {
            Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
            Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
        }
    }

    [Fact]
    public async Task EN08_disabling_the_previous_version_after_28_days_is_harmless_but_still_breaks_restore_of_older_backups()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en08-day30");
        var env = await world.EncryptedEnvironmentAsync("e");
        await env.BackupAsync(Admin, "before-rotation");
        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!.Id;
        await world.VaultGrain.RotateKeyAsync(CmkWorld.KvAdmin, "cmk");
        await fixture.Advance(TimeSpan.FromDays(30));

        await world.VaultGrain.SetVersionEnabledAsync(CmkWorld.KvAdmin, v1, false);
        await fixture.Advance(TimeSpan.Zero);
        var restore = await env.RestoreAsync(Admin, env.GetPrimaryKeyString(), "before-rotation");

        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
        Assert.Equal(RuleId.EN08, restore.RuleId);
        Assert.False(restore.Accepted);
    }
}
