using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>Restore, copy and reset between environments and keys (DB-01..DB-04, LK-02), checked on real data.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseOperationTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task DB01_a_backup_restores_into_its_own_environment_and_really_decrypts()
    {
        var world = await CmkWorld.CreateAsync(fixture, "db01-self");
        var env = await world.EncryptedEnvironmentAsync("e", records: 5);
        await env.BackupAsync(Admin, "b1");
        await env.WriteRecordsAsync(Admin, 7);

        var restore = await env.RestoreAsync(Admin, env.GetPrimaryKeyString(), "b1");

        Assert.True(restore.Accepted, restore.Message);
        Assert.Equal(5, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task DB01_a_backup_restores_into_another_environment_on_the_same_key_but_not_onto_another_key()
    {
        var world = await CmkWorld.CreateAsync(fixture, "db01-other");
        var source = await world.EncryptedEnvironmentAsync("src", records: 4);
        var sameKey = await world.EncryptedEnvironmentAsync("same", records: 1);
        var microsoft = await world.NewEnvironmentAsync("mmk", records: 1);
        await source.BackupAsync(Admin, "b1");

        var allowed = await sameKey.RestoreAsync(Admin, source.GetPrimaryKeyString(), "b1");
        var refused = await microsoft.RestoreAsync(Admin, source.GetPrimaryKeyString(), "b1");

        Assert.True(allowed.Accepted, allowed.Message);
        Assert.Equal(4, (await sameKey.ReadRecordsAsync(Admin)).Readable);
        Assert.Equal(RuleId.DB01, refused.RuleId);
        Assert.False(refused.Accepted);
        Assert.Equal(1, (await microsoft.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task DB02_copy_overwrites_only_an_environment_on_the_same_customer_key()
    {
        var world = await CmkWorld.CreateAsync(fixture, "db02");
        var other = await CmkWorld.CreateAsync(fixture, "db02-b");
        var source = await world.EncryptedEnvironmentAsync("src", records: 3);
        var sameKey = await world.EncryptedEnvironmentAsync("same", records: 1);
        var otherKey = await other.EncryptedEnvironmentAsync("other", records: 1);

        var allowed = await sameKey.CopyFromAsync(Admin, source.GetPrimaryKeyString());
        var refused = await otherKey.CopyFromAsync(Admin, source.GetPrimaryKeyString());

        Assert.True(allowed.Accepted, allowed.Message);
        Assert.Equal(3, (await sameKey.ReadRecordsAsync(Admin)).Readable);
        Assert.Equal(RuleId.DB02, refused.RuleId);
    }

    [Fact]
    public async Task DB03_a_Support_Investigation_environment_must_be_on_the_customer_key_before_a_copy()
    {
        var world = await CmkWorld.CreateAsync(fixture, "db03");
        var source = await world.EncryptedEnvironmentAsync("src", records: 2);
        var investigation = await world.NewEnvironmentAsync("si", EnvironmentType.SupportInvestigation, records: 0);

        var refused = await investigation.CopyFromAsync(Admin, source.GetPrimaryKeyString());
        await investigation.AddToPolicyAsync(Admin, world.Policy);
        await fixture.Advance(TimeSpan.FromDays(4));
        var allowed = await investigation.CopyFromAsync(Admin, source.GetPrimaryKeyString());

        Assert.Equal(RuleId.DB03, refused.RuleId);
        Assert.True(allowed.Accepted, allowed.Message);
        Assert.Equal(2, (await investigation.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task DB04_reset_deletes_data_and_backups_and_returns_to_the_Microsoft_key()
    {
        var world = await CmkWorld.CreateAsync(fixture, "db04");
        var env = await world.EncryptedEnvironmentAsync("e", records: 6);
        await env.BackupAsync(Admin, "b1");

        var reset = await env.ResetAsync(Admin);
        var view = await env.GetAsync();
        var restore = await env.RestoreAsync(Admin, env.GetPrimaryKeyString(), "b1");

        Assert.Equal(RuleId.DB04, reset.RuleId);
        Assert.Equal((0, "Microsoft", EncryptionStatus.MicrosoftManaged), (view.Records, view.KeyManagedBy, view.Encryption));
        Assert.False(restore.Accepted);
        Assert.Equal(RuleId.DB04, restore.RuleId); // the reset deleted it: nothing is locked, so not LK-02
        Assert.True((await env.WriteRecordsAsync(Admin, 2)).Accepted);
        Assert.Equal(2, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Fact]
    public async Task LK02_a_locked_environment_cannot_be_copied_or_restored_from_even_onto_the_same_key()
    {
        var world = await CmkWorld.CreateAsync(fixture, "lk02-copy");
        var source = await world.EncryptedEnvironmentAsync("src", records: 2);
        await source.BackupAsync(Admin, "b1");
        // A second policy on the same vault and key, with its own identity: revoking the first leaves it working.
        var second = fixture.Grains.GetGrain<IEnterprisePolicyGrain>("ep-lk02-copy-2");
        await second.CreateAsync(Admin, new EnterprisePolicyDefinition("ep-lk02-copy-2", "europe", "sub", world.Vault, "cmk"));
        await second.GrantReaderAsync(CmkWorld.KvAdmin, Admin);
        await world.VaultGrain.AssignRoleAsync(CmkWorld.KvAdmin, "ep-lk02-copy-2-identity", KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var target = await world.NewEnvironmentAsync("dst", records: 1);
        await target.AddToPolicyAsync(Admin, "ep-lk02-copy-2");
        await fixture.Advance(TimeSpan.FromDays(4));

        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.Zero);
        var copy = await target.CopyFromAsync(Admin, source.GetPrimaryKeyString());
        var restore = await target.RestoreAsync(Admin, source.GetPrimaryKeyString(), "b1");

        Assert.Equal(EnvironmentStatus.Locked, (await source.GetAsync()).Status);
        Assert.Equal(EnvironmentStatus.Enabled, (await target.GetAsync()).Status);
        Assert.Equal(RuleId.LK02, copy.RuleId);
        Assert.Equal(RuleId.LK02, restore.RuleId);
        Assert.Equal(1, (await target.ReadRecordsAsync(Admin)).Readable);
    }
}
