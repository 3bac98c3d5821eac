using System.Text;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Data;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>
/// Locking is a cryptographic fact: when the vault stops answering the policy's identity, an environment's records
/// really can't be decrypted; when access to the original key comes back, they can (EN-09, LK-01, LK-03).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EnvelopeLockTests(ClusterFixture fixture)
{
    private const string Admin = "kv-admin";
    private const string PolicyIdentity = "ep-lock-identity";

    [Fact]
    public async Task EN09_LK01_revoking_the_policy_identity_makes_records_unreadable_and_LK03_restoring_it_unlocks()
    {
        var (vault, store) = await EnvironmentOnVault("lk01-revoke");

        await vault.RemoveRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var locked = await Assert.ThrowsAsync<KeyAccessDeniedException>(() => store.ReadAsync("r7"));
        await vault.AssignRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);

        Assert.Contains("403", locked.Message);
        Assert.Equal("record 7", Encoding.UTF8.GetString(await store.ReadAsync("r7")));
    }

    [Fact]
    public async Task LK01_disabling_the_current_version_makes_records_unreadable()
    {
        var (vault, store) = await EnvironmentOnVault("lk01-disable");

        await vault.SetVersionEnabledAsync(Admin, store.WrappedBy!, false);

        await Assert.ThrowsAsync<KeyVersionDisabledException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task LK01_deleting_the_key_makes_records_unreadable_and_SD02_recovery_brings_them_back()
    {
        var (vault, store) = await EnvironmentOnVault("lk01-delete");

        await vault.DeleteKeyAsync(Admin, "cmk");
        await Assert.ThrowsAsync<KeyVersionNotFoundException>(() => store.ReadAsync("r1"));
        await vault.RecoverKeyAsync(Admin, "cmk");

        Assert.Equal("record 1", Encoding.UTF8.GetString(await store.ReadAsync("r1")));
    }

    [Fact]
    public async Task KV04_a_private_vault_without_the_trusted_services_bypass_cannot_wrap_an_environments_data_key()
    {
        var vault = fixture.Grains.GetGrain<IKeyVaultGrain>("kv04-lock");
        await vault.CreateAsync(Admin, new KeyVaultSettings("sub", PurgeProtectionEnabled: true, PublicNetworkAccess: false));
        await vault.AssignRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var key = (await vault.CreateKeyAsync(Admin, "cmk", KeyType.Rsa, 2048)).Value!;
        var store = new EncryptedRecordStore("env-kv04", new EncryptedRecordStoreState(),
            new KeyVaultDataKeyWrapper(vault, PolicyIdentity), DataKeyCacheOptions.None, fixture.Clock);

        await Assert.ThrowsAsync<KeyAccessDeniedException>(() => store.CreateDataKeyAsync(key.Id, KeyWrapAlgorithm.RsaOaep));
    }

    private async Task<(IKeyVaultGrain Vault, EncryptedRecordStore Store)> EnvironmentOnVault(string name)
    {
        var vault = fixture.Grains.GetGrain<IKeyVaultGrain>(name);
        await vault.CreateAsync(Admin, new KeyVaultSettings("sub", PurgeProtectionEnabled: true));
        await vault.AssignRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var key = (await vault.CreateKeyAsync(Admin, "cmk", KeyType.Rsa, 2048)).Value!;
        var store = new EncryptedRecordStore($"env-{name}", new EncryptedRecordStoreState(),
            new KeyVaultDataKeyWrapper(vault, PolicyIdentity), DataKeyCacheOptions.None, fixture.Clock);
        await store.CreateDataKeyAsync(key.Id, KeyWrapAlgorithm.RsaOaep);
        for (var i = 0; i < 20; i++)
        {
            await store.WriteAsync($"r{i}", Encoding.UTF8.GetBytes($"record {i}"));
        }

        return (vault, store);
    }
}
