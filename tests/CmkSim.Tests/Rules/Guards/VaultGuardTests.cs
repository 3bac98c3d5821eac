using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The vault's own guards (KV-01 on creation, KV-02, KV-03, KV-04, KV-06, KV-07, LK-01), no cluster.</summary>
public sealed class VaultGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KV01_a_vault_is_created_once_with_a_retention_of_7_to_90_days()
    {
        Assert.Null(Kv01SoftDeleteRetention.CreateRefusal("kv", exists: false, 7));
        Assert.Null(Kv01SoftDeleteRetention.CreateRefusal("kv", exists: false, 90));
        Refuses(RuleId.KV01, "soft-delete retention must be 7 to 90 days, not 6", Kv01SoftDeleteRetention.CreateRefusal("kv", exists: false, 6));
        Refuses(RuleId.KV01, "soft-delete retention must be 7 to 90 days, not 91", Kv01SoftDeleteRetention.CreateRefusal("kv", exists: false, 91));
        Refuses(RuleId.KV01, "vault 'kv' already exists", Kv01SoftDeleteRetention.CreateRefusal("kv", exists: true, 90));
    }

    [Theory]
    [InlineData(KeyType.Rsa, 2048)]
    [InlineData(KeyType.RsaHsm, 2048)]
    [InlineData(KeyType.RsaHsm, 3072)]
    [InlineData(KeyType.RsaHsm, 4096)]
    public void KV02_RSA_2048_or_RSA_HSM_2048_3072_4096_are_accepted(KeyType type, int size) => Assert.Null(Kv02KeyShape.Refusal(type, size));

    [Fact]
    public void KV02_other_types_and_sizes_are_refused()
    {
        Refuses(RuleId.KV02, "an RSA key for CMK must be 2048 bits, not 3072", Kv02KeyShape.Refusal(KeyType.Rsa, 3072));
        Refuses(RuleId.KV02, "an RSA-HSM key must be 2048, 3072 or 4096 bits, not 1024", Kv02KeyShape.Refusal(KeyType.RsaHsm, 1024));
        Assert.All(Enum.GetValues<KeyType>().Where(t => t is not (KeyType.Rsa or KeyType.RsaHsm)), t =>
            Refuses(RuleId.KV02, $"key type {t} can't encrypt an environment: use RSA or RSA-HSM", Kv02KeyShape.Refusal(t, 2048)));
    }

    [Fact]
    public void KV02_only_an_HSM_protected_key_is_imported()
    {
        Assert.Null(Kv02KeyShape.ImportRefusal(hsmProtected: true));
        Refuses(RuleId.KV02, "only an HSM-protected key (BYOK transfer blob) can be imported for CMK, not a software-protected one", Kv02KeyShape.ImportRefusal(hsmProtected: false));
    }

    [Fact]
    public void KV03_creating_a_key_in_a_Managed_HSM_needs_the_Managed_HSM_Crypto_User_role()
    {
        Assert.Null(Kv03ManagedHsmCryptoUser.Refusal("kvadmin", managedHsm: true, [KeyVaultRole.ManagedHsmCryptoUser]));
        Assert.Null(Kv03ManagedHsmCryptoUser.Refusal("kvadmin", managedHsm: false, []));
        Refuses(RuleId.KV03, "'kvadmin' needs the Managed HSM Crypto User role to create keys",
            Kv03ManagedHsmCryptoUser.Refusal("kvadmin", managedHsm: true, [KeyVaultRole.KeyVaultAdministrator]));
    }

    [Fact]
    public void KV04_with_public_access_off_only_the_trusted_services_bypass_lets_the_policy_through()
    {
        Assert.Null(Kv04TrustedServicesBypass.Refusal(publicNetworkAccess: true, trustedServicesBypass: false));
        Assert.Null(Kv04TrustedServicesBypass.Refusal(publicNetworkAccess: false, trustedServicesBypass: true));
        Refuses(RuleId.KV04, "public network access is off and trusted Microsoft services may not bypass the firewall",
            Kv04TrustedServicesBypass.Refusal(publicNetworkAccess: false, trustedServicesBypass: false));
    }

    [Fact]
    public void KV06_with_Azure_RBAC_the_identity_needs_Crypto_Service_Encryption_User()
    {
        Assert.Null(Kv06KeyPermissions.Refusal("id", VaultPermissionModel.AzureRbac, [KeyVaultRole.KeyVaultCryptoServiceEncryptionUser], KeyPermissions.None));
        Refuses(RuleId.KV06, "'id' lacks the 'Key Vault Crypto Service Encryption User' role",
            Kv06KeyPermissions.Refusal("id", VaultPermissionModel.AzureRbac, [KeyVaultRole.ManagedHsmCryptoUser], KeyPermissions.Cmk));
    }

    [Fact]
    public void KV06_with_access_policies_the_identity_needs_Get_Wrap_Key_and_Unwrap_Key()
    {
        Assert.Null(Kv06KeyPermissions.Refusal("id", VaultPermissionModel.AccessPolicy, [], KeyPermissions.Cmk | KeyPermissions.List));
        Refuses(RuleId.KV06, $"'id' lacks access-policy key permissions {KeyPermissions.UnwrapKey}",
            Kv06KeyPermissions.Refusal("id", VaultPermissionModel.AccessPolicy, [], KeyPermissions.Get | KeyPermissions.WrapKey));
        Refuses(RuleId.KV06, $"'id' lacks access-policy key permissions {KeyPermissions.Cmk}",
            Kv06KeyPermissions.Refusal("id", VaultPermissionModel.AccessPolicy, [KeyVaultRole.KeyVaultAdministrator], KeyPermissions.None));
    }

    [Fact]
    public void KV07_the_version_must_be_enabled_already_active_and_not_expired()
    {
        Assert.Null(Kv07KeyUsable.VersionRefusal(disabled: false, null, null, Now));
        Assert.Null(Kv07KeyUsable.VersionRefusal(disabled: false, Now, Now.AddDays(1), Now));
        Refuses(RuleId.KV07, "the key version is disabled", Kv07KeyUsable.VersionRefusal(disabled: true, null, null, Now));
        Refuses(RuleId.KV07, $"the key is not active before {Now.AddDays(1):O}", Kv07KeyUsable.VersionRefusal(disabled: false, Now.AddDays(1), null, Now));
        Refuses(RuleId.KV07, $"the key expired at {Now:O}", Kv07KeyUsable.VersionRefusal(disabled: false, null, Now, Now));
        Refuses(RuleId.KV07, "key 'k' not found", Kv07KeyUsable.KeyNotFoundRefusal("k"));
    }

    [Fact]
    public void LK01_a_vault_or_key_that_is_gone_cant_answer()
    {
        Refuses(RuleId.LK01, "vault 'kv' not found", Lk01KeyAccessLoss.VaultGoneRefusal("kv"));
        Refuses(RuleId.LK01, "key 'kv/k/v1' not found", Lk01KeyAccessLoss.KeyGoneRefusal("kv/k/v1"));
    }
}
