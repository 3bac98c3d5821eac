using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>A whole vault's soft delete, recovery and purge, and BYOK import.</summary>
[Collection(ClusterCollection.Name)]
public sealed class VaultLifecycleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SD02_a_deleted_vault_answers_404_until_recovered_and_is_purged_when_its_retention_ends()
    {
        var world = await CmkWorld.CreateAsync(fixture, "sd02-vault", new KeyVaultSettings("sub", SoftDeleteRetentionDays: 7, PurgeProtectionEnabled: true));
        var key = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;
        var wrapped = (await world.VaultGrain.WrapKeyAsync(world.Identity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32])).Value!;

        await world.VaultGrain.DeleteVaultAsync(CmkWorld.KvAdmin);
        var whileDeleted = await world.VaultGrain.UnwrapKeyAsync(world.Identity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);
        var purge = await world.VaultGrain.PurgeVaultAsync(CmkWorld.KvAdmin);
        await world.VaultGrain.RecoverVaultAsync(CmkWorld.KvAdmin);
        var recovered = await world.VaultGrain.UnwrapKeyAsync(world.Identity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);
        await world.VaultGrain.DeleteVaultAsync(CmkWorld.KvAdmin);
        await fixture.Advance(TimeSpan.FromDays(7));
        var recoverLate = await world.VaultGrain.RecoverVaultAsync(CmkWorld.KvAdmin);

        Assert.Equal(KeyVaultStatus.NotFound, whileDeleted.Status);
        Assert.Equal((KeyVaultStatus.Conflict, RuleId.SD02), (purge.Status, purge.RuleId));
        Assert.True(recovered.Succeeded, recovered.Message);
        Assert.Equal(KeyVaultStatus.NotFound, recoverLate.Status);
        Assert.False(await fixture.Grains.GetGrain<CmkSim.Contracts.Hsm.IHsmGrain>($"kv-{world.Vault}").ContainsKeyAsync(key.Id.HsmKeyId));
    }

    [Fact]
    public async Task KV02_BYOK_import_takes_only_HSM_protected_RSA_keys()
    {
        var world = await CmkWorld.CreateAsync(fixture, "kv02-import");

        var software = await world.VaultGrain.ImportKeyAsync(CmkWorld.KvAdmin, "soft", 2048, hsmProtected: false);
        var tooSmall = await world.VaultGrain.ImportKeyAsync(CmkWorld.KvAdmin, "small", 1024, hsmProtected: true);
        var imported = await world.VaultGrain.ImportKeyAsync(CmkWorld.KvAdmin, "byok", 4096, hsmProtected: true);

        Assert.Equal((KeyVaultStatus.BadRequest, RuleId.KV02), (software.Status, software.RuleId));
        Assert.Equal(RuleId.KV02, tooSmall.RuleId);
        Assert.Equal((KeyType.RsaHsm, 4096), (imported.Value!.KeyType, imported.Value.KeySize));
    }
}
