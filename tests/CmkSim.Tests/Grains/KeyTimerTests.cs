using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>Rotation policies and soft-delete retention, in simulated time.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KeyTimerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EN07_a_rotation_policy_makes_a_new_version_after_timeAfterCreate_and_environments_follow_within_24_hours()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en07-policy");
        var env = await world.EncryptedEnvironmentAsync("e");
        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;

        var set = await world.VaultGrain.SetRotationPolicyAsync(CmkWorld.KvAdmin, "cmk", new KeyRotationPolicy(TimeAfterCreate: TimeSpan.FromDays(90)));
        await fixture.Advance(v1.CreatedOn + TimeSpan.FromDays(90) - fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var before = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;
        await fixture.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromHours(24));
        var after = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;

        Assert.True(set.Succeeded, set.Message);
        Assert.Equal(v1.Id, before.Id);
        Assert.NotEqual(v1.Id, after.Id);
        Assert.Equal(after.Id.Version, (await env.GetAsync()).KeyVersion);
        Assert.Contains(await world.VaultGrain.GetJournalAsync(), e => e is KeyRotated { Actor: "rotation-policy", ByRotationPolicy: true });
    }

    [Fact]
    public async Task EN07_timeBeforeExpiry_rotates_ahead_of_expiry_and_new_versions_get_an_expiry()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en07-expiry");
        var policy = new KeyRotationPolicy(TimeBeforeExpiry: TimeSpan.FromDays(30), ExpiresAfter: TimeSpan.FromDays(365), NotifyBeforeExpiry: TimeSpan.FromDays(40));

        await world.VaultGrain.SetRotationPolicyAsync(CmkWorld.KvAdmin, "cmk", policy);
        var v1 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;
        await fixture.Advance(v1.ExpiresOn!.Value - TimeSpan.FromDays(30) - fixture.Clock.GetUtcNow());
        var v2 = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;

        Assert.NotEqual(v1.Id, v2.Id);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromDays(365), v2.ExpiresOn);
        Assert.Contains(await world.VaultGrain.GetJournalAsync(), e => e is KeyExpiryNotified);
    }

    [Fact]
    public async Task SD02_a_soft_deleted_key_is_recoverable_during_retention_and_purged_when_it_ends()
    {
        var world = await CmkWorld.CreateAsync(fixture, "sd02-retain", new KeyVaultSettings("sub", SoftDeleteRetentionDays: 7, PurgeProtectionEnabled: true));
        var key = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;
        var hsm = fixture.Grains.GetGrain<CmkSim.Contracts.Hsm.IHsmGrain>($"kv-{world.Vault}");

        await world.VaultGrain.DeleteKeyAsync(CmkWorld.KvAdmin, "cmk");
        await fixture.Advance(TimeSpan.FromDays(6));
        var stillThere = await hsm.ContainsKeyAsync(key.Id.HsmKeyId);
        await fixture.Advance(TimeSpan.FromDays(1));
        var recover = await world.VaultGrain.RecoverKeyAsync(CmkWorld.KvAdmin, "cmk");

        Assert.True(stillThere);
        Assert.False(await hsm.ContainsKeyAsync(key.Id.HsmKeyId));
        Assert.Equal(KeyVaultStatus.NotFound, recover.Status);
        Assert.Contains(await world.VaultGrain.GetJournalAsync(), e => e is KeyPurged { RetentionElapsed: true, Rule: RuleId.SD02 });
    }
}
