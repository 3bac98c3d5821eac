using System.Security.Cryptography;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>The key vault grain on a two-silo cluster, with its keys on a real SoftHSM2 token.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KeyVaultGrainTests(ClusterFixture fixture)
{
    private const string Admin = "kv-admin";
    private const string PolicyIdentity = "ep-identity";

    [Fact]
    public async Task Wrap_and_unwrap_through_the_vault_round_trip_for_a_permitted_identity()
    {
        var (vault, key) = await VaultWithKey("kv-roundtrip");
        var dek = RandomNumberGenerator.GetBytes(32);

        var wrapped = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, dek);
        var unwrapped = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.Value!.EncryptedKey);

        Assert.True(unwrapped.Succeeded, unwrapped.Message);
        Assert.Equal(dek, unwrapped.Value!.Key);
    }

    [Fact]
    public async Task The_vaults_wraps_and_unwraps_run_on_its_token_and_count_where_its_HSM_grain_reads_them()
    {
        var (vault, key) = await VaultWithKey("kv-counted");
        var hsm = fixture.Grains.GetGrain<CmkSim.Contracts.Hsm.IHsmGrain>("kv-kv-counted");
        var (operations, latencies) = (await hsm.GetOperationCountAsync(), await hsm.GetLatenciesAsync());

        var wrapped = new List<byte[]>();
        for (var i = 0; i < 3; i++)
        {
            wrapped.Add((await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, RandomNumberGenerator.GetBytes(32))).Value!.EncryptedKey);
        }

        Assert.True((await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped[0])).Succeeded);
        var after = await hsm.GetLatenciesAsync();

        // The two silos each run some of the vault's and HSM grain's activations: the counts are the token's, not a silo's.
        Assert.Equal(operations + 4, await hsm.GetOperationCountAsync());
        Assert.Equal((latencies.Wraps + 3, latencies.Unwraps + 1), (after.Wraps, after.Unwraps));
    }

    [Theory]
    [InlineData(KeyType.Rsa, 3072)]
    [InlineData(KeyType.Rsa, 4096)]
    [InlineData(KeyType.RsaHsm, 1024)]
    [InlineData(KeyType.Ec, 256)]
    [InlineData(KeyType.Oct, 256)]
    public async Task KV02_keys_that_are_not_RSA_2048_or_RSA_HSM_2048_3072_4096_are_refused(KeyType type, int size)
    {
        var vault = await NewVault($"kv02-{type}-{size}".ToLowerInvariant(), new KeyVaultSettings("sub"));

        var result = await vault.CreateKeyAsync(Admin, "cmk", type, size);

        Assert.Equal(KeyVaultStatus.BadRequest, result.Status);
        Assert.Equal(RuleId.KV02, result.RuleId);
        Assert.Equal(KeyVaultStatus.NotFound, (await vault.GetKeyAsync("cmk")).Status);
    }

    [Theory]
    [InlineData(3072)]
    [InlineData(4096)]
    public async Task KV02_RSA_HSM_keys_of_3072_and_4096_bits_are_created_in_a_Managed_HSM(int size)
    {
        var hsm = await NewVault($"mhsm-{size}", new KeyVaultSettings("sub", PurgeProtectionEnabled: true, ManagedHsm: true));
        await hsm.AssignRoleAsync(Admin, Admin, KeyVaultRole.ManagedHsmCryptoUser);

        var result = await hsm.CreateKeyAsync(Admin, "cmk", KeyType.RsaHsm, size);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(size, result.Value!.KeySize);
    }

    [Fact]
    public async Task KV03_creating_a_Managed_HSM_key_needs_the_Managed_HSM_Crypto_User_role()
    {
        var hsm = await NewVault("kv03-mhsm", new KeyVaultSettings("sub", PurgeProtectionEnabled: true, ManagedHsm: true));

        var result = await hsm.CreateKeyAsync(Admin, "cmk", KeyType.RsaHsm, 3072);

        Assert.Equal(KeyVaultStatus.Forbidden, result.Status);
        Assert.Equal(RuleId.KV03, result.RuleId);
    }

    [Fact]
    public async Task KV04_with_public_access_off_and_no_trusted_services_bypass_wrap_is_forbidden()
    {
        var (vault, key) = await VaultWithKey("kv04-private", new KeyVaultSettings("sub", PurgeProtectionEnabled: true,
            PublicNetworkAccess: false, TrustedServicesBypass: false));

        var result = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);

        Assert.Equal(KeyVaultStatus.Forbidden, result.Status);
        Assert.Equal(RuleId.KV04, result.RuleId);
    }

    [Fact]
    public async Task KV04_with_the_trusted_services_bypass_on_a_private_vault_still_serves_the_policy()
    {
        var (vault, key) = await VaultWithKey("kv04-bypass", new KeyVaultSettings("sub", PurgeProtectionEnabled: true,
            PublicNetworkAccess: false, TrustedServicesBypass: true));

        var result = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task KV06_without_the_encryption_user_role_wrap_and_unwrap_are_403()
    {
        var (vault, key) = await VaultWithKey("kv06-rbac");
        var wrapped = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);

        await vault.RemoveRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var unwrap = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.Value!.EncryptedKey);

        Assert.Equal(KeyVaultStatus.Forbidden, unwrap.Status);
        Assert.Equal(RuleId.KV06, unwrap.RuleId);
        Assert.Contains(await vault.GetJournalAsync(), e => e is Refused { RefusedOperation: Operations.UnwrapKey, Rule: RuleId.KV06, Status: 403 });
    }

    [Fact]
    public async Task KV06_an_access_policy_needs_get_wrap_and_unwrap()
    {
        var vault = await NewVault("kv06-policy", new KeyVaultSettings("sub", PurgeProtectionEnabled: true, PermissionModel: VaultPermissionModel.AccessPolicy));
        var key = (await vault.CreateKeyAsync(Admin, "cmk", KeyType.Rsa, 2048)).Value!;
        await vault.SetAccessPolicyAsync(Admin, PolicyIdentity, KeyPermissions.Get | KeyPermissions.WrapKey);

        var partial = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);
        await vault.SetAccessPolicyAsync(Admin, PolicyIdentity, KeyPermissions.Cmk);
        var full = await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);

        Assert.Equal(KeyVaultStatus.Forbidden, partial.Status);
        Assert.Contains("UnwrapKey", partial.Message);
        Assert.True(full.Succeeded, full.Message);
    }

    [Fact]
    public async Task KV07_a_disabled_version_is_403_and_enabling_it_restores_unwrap()
    {
        var (vault, key) = await VaultWithKey("kv07-disabled");
        var wrapped = (await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32])).Value!;

        await vault.SetVersionEnabledAsync(Admin, key.Id, false);
        var refused = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);
        await vault.SetVersionEnabledAsync(Admin, key.Id, true);
        var allowed = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);

        Assert.Equal((KeyVaultStatus.Forbidden, RuleId.KV07), (refused.Status, refused.RuleId));
        Assert.True(allowed.Succeeded, allowed.Message);
    }

    [Fact]
    public async Task KV07_a_key_not_yet_active_or_expired_is_403_on_the_simulated_clock()
    {
        var now = fixture.Clock.GetUtcNow();
        var vault = await NewVault("kv07-window", new KeyVaultSettings("sub", PurgeProtectionEnabled: true));
        await vault.AssignRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var future = (await vault.CreateKeyAsync(Admin, "future", KeyType.Rsa, 2048, notBefore: now.AddDays(1))).Value!;
        var expired = (await vault.CreateKeyAsync(Admin, "expired", KeyType.Rsa, 2048, expiresOn: now)).Value!;

        var early = await vault.WrapKeyAsync(PolicyIdentity, future.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);
        var late = await vault.WrapKeyAsync(PolicyIdentity, expired.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);

        Assert.Equal((KeyVaultStatus.Forbidden, RuleId.KV07), (early.Status, early.RuleId));
        Assert.Contains("not active", early.Message);
        Assert.Equal((KeyVaultStatus.Forbidden, RuleId.KV07), (late.Status, late.RuleId));
        Assert.Contains("expired", late.Message);
    }

    [Fact]
    public async Task A_deleted_key_answers_404_and_a_recovered_key_unwraps_again()
    {
        var (vault, key) = await VaultWithKey("kv-delete-recover");
        var wrapped = (await vault.WrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, new byte[32])).Value!;

        await vault.DeleteKeyAsync(Admin, "cmk");
        var gone = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);
        await vault.RecoverKeyAsync(Admin, "cmk");
        var back = await vault.UnwrapKeyAsync(PolicyIdentity, key.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);

        Assert.Equal(KeyVaultStatus.NotFound, gone.Status);
        Assert.True(back.Succeeded, back.Message);
    }

    [Fact]
    public async Task SD02_purge_protection_keeps_a_deleted_key_recoverable()
    {
        var (vault, _) = await VaultWithKey("sd02-protected");
        await vault.DeleteKeyAsync(Admin, "cmk");

        var purge = await vault.PurgeKeyAsync(Admin, "cmk");
        var recover = await vault.RecoverKeyAsync(Admin, "cmk");

        Assert.Equal((KeyVaultStatus.Conflict, RuleId.SD02), (purge.Status, purge.RuleId));
        Assert.True(recover.Succeeded, recover.Message);
    }

    [Fact]
    public async Task SD02_without_purge_protection_a_purged_key_is_gone_from_the_HSM_for_good()
    {
        var (vault, key) = await VaultWithKey("sd02-unprotected", new KeyVaultSettings("sub", PurgeProtectionEnabled: false));
        var hsm = fixture.Grains.GetGrain<CmkSim.Contracts.Hsm.IHsmGrain>("kv-sd02-unprotected");

        await vault.DeleteKeyAsync(Admin, "cmk");
        var purge = await vault.PurgeKeyAsync(Admin, "cmk");
        var recover = await vault.RecoverKeyAsync(Admin, "cmk");

        Assert.True(purge.Succeeded, purge.Message);
        Assert.Equal(KeyVaultStatus.NotFound, recover.Status);
        Assert.False(await hsm.ContainsKeyAsync(key.Id.HsmKeyId));
    }

    [Fact]
    public async Task EN07_rotation_adds_a_new_current_version_and_the_old_one_still_unwraps()
    {
        var (vault, v1) = await VaultWithKey("en07-rotate");
        var wrapped = (await vault.WrapKeyAsync(PolicyIdentity, v1.Id, KeyWrapAlgorithm.RsaOaep, new byte[32])).Value!;

        var v2 = (await vault.RotateKeyAsync(Admin, "cmk")).Value!;
        var current = (await vault.GetKeyAsync("cmk")).Value!;
        var old = await vault.UnwrapKeyAsync(PolicyIdentity, v1.Id, KeyWrapAlgorithm.RsaOaep, wrapped.EncryptedKey);

        Assert.NotEqual(v1.Id.Version, v2.Id.Version);
        Assert.Equal(v2.Id, current.Id);
        Assert.NotEqual(v1.PublicKeyFingerprint, v2.PublicKeyFingerprint);
        Assert.True(old.Succeeded, old.Message);
    }

    [Fact]
    public async Task Soft_delete_retention_outside_7_to_90_days_is_refused()
    {
        var vault = fixture.Grains.GetGrain<IKeyVaultGrain>("kv-retention");

        var result = await vault.CreateAsync(Admin, new KeyVaultSettings("sub", SoftDeleteRetentionDays: 5));

        Assert.Equal(KeyVaultStatus.BadRequest, result.Status);
    }

    private async Task<IKeyVaultGrain> NewVault(string name, KeyVaultSettings settings)
    {
        var vault = fixture.Grains.GetGrain<IKeyVaultGrain>(name);
        var created = await vault.CreateAsync(Admin, settings);
        Assert.True(created.Succeeded, created.Message);
        return vault;
    }

    private async Task<(IKeyVaultGrain Vault, KeyProperties Key)> VaultWithKey(string name, KeyVaultSettings? settings = null)
    {
        var vault = await NewVault(name, settings ?? new KeyVaultSettings("sub", PurgeProtectionEnabled: true));
        await vault.AssignRoleAsync(Admin, PolicyIdentity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        var key = await vault.CreateKeyAsync(Admin, "cmk", KeyType.Rsa, 2048);
        Assert.True(key.Succeeded, key.Message);
        return (vault, key.Value!);
    }
}
