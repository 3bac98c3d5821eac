using CmkSim.Domain.Rules;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The key and vault lifecycle's refusals (SD-02, EN-07, KV-01, KV-07) and the policy's EP-06, no cluster.</summary>
public sealed class LifecycleGuardTests
{
    [Fact]
    public void SD02_a_soft_deleted_key_keeps_its_name_and_a_live_one_is_rotated_instead_EN07()
    {
        Assert.Null(Sd02SoftDeleteAndPurgeProtection.KeyNameTakenRefusal("k", taken: false, live: false));
        Refuses(RuleId.SD02, "key 'k' already exists (or is soft-deleted)", Sd02SoftDeleteAndPurgeProtection.KeyNameTakenRefusal("k", taken: true, live: false));
        Refuses(RuleId.EN07, "key 'k' already exists (or is soft-deleted)", Sd02SoftDeleteAndPurgeProtection.KeyNameTakenRefusal("k", taken: true, live: true));
    }

    [Fact]
    public void SD02_purge_protection_holds_a_deleted_key_and_vault_until_retention_ends()
    {
        Refuses(RuleId.SD02, "purge protection is on: a deleted key can't be purged before its retention ends",
            Sd02SoftDeleteAndPurgeProtection.KeyLifecycleRefusal("Purge", "SoftDeleted", RuleId.SD02, purgeProtectionHolds: true));
        Refuses(RuleId.KV01, "can't recover a key that is Active",
            Sd02SoftDeleteAndPurgeProtection.KeyLifecycleRefusal("Recover", "Active", RuleId.KV01, purgeProtectionHolds: false));
        Refuses(RuleId.SD02, "can't delete a key that is Purged", Sd02SoftDeleteAndPurgeProtection.KeyLifecycleRefusal("Delete", "Purged", null, purgeProtectionHolds: false));
        Refuses(RuleId.SD02, "purge protection is on: the vault can't be purged before its retention ends", Sd02SoftDeleteAndPurgeProtection.VaultPurgeHeldRefusal(RuleId.SD02));
    }

    [Fact]
    public void SD02_only_a_soft_deleted_vault_is_recovered_or_purged_and_it_answers_nothing_else()
    {
        Refuses(RuleId.SD02, "no deleted vault 'kv' to recover", Sd02SoftDeleteAndPurgeProtection.NoDeletedVaultRefusal("kv", "recover"));
        Refuses(RuleId.SD02, "no deleted vault 'kv' to purge", Sd02SoftDeleteAndPurgeProtection.NoDeletedVaultRefusal("kv", "purge"));
        Refuses(RuleId.SD02, "vault 'kv' not found (deleted)", Sd02SoftDeleteAndPurgeProtection.DeletedVaultRefusal("kv"));
    }

    [Fact]
    public void KV01_a_vault_never_created_is_not_found()
    {
        Refuses(RuleId.KV01, "vault 'kv' not found", Kv01SoftDeleteRetention.VaultNotFoundRefusal("kv"));
    }

    [Fact]
    public void KV07_a_version_that_is_not_there_is_not_found_citing_the_machines_rule_if_one_holds_it()
    {
        Refuses(RuleId.KV07, "key version 'kv/k/v9' not found", Kv07KeyUsable.VersionNotFoundRefusal("kv/k/v9", null));
        Refuses(RuleId.KV07, "key version 'kv/k/v1' not found", Kv07KeyUsable.VersionNotFoundRefusal("kv/k/v1", RuleId.KV07));
    }

    [Fact]
    public void EN07_a_rotation_policy_says_when_to_rotate()
    {
        Assert.Null(En07KeyVersionRollOut.RotationPolicyRefusal(timeAfterCreate: true, timeBeforeExpiry: false, expiresAfter: false));
        Assert.Null(En07KeyVersionRollOut.RotationPolicyRefusal(timeAfterCreate: false, timeBeforeExpiry: true, expiresAfter: true));
        const string message = "a rotation policy needs timeAfterCreate, or timeBeforeExpiry with an expiry time";
        Refuses(RuleId.EN07, message, En07KeyVersionRollOut.RotationPolicyRefusal(timeAfterCreate: false, timeBeforeExpiry: true, expiresAfter: false));
        Refuses(RuleId.EN07, message, En07KeyVersionRollOut.RotationPolicyRefusal(timeAfterCreate: false, timeBeforeExpiry: false, expiresAfter: true));
    }

    [Fact]
    public void EP06_a_policy_with_linked_environments_cant_be_deleted()
    {
        Refuses(RuleId.EP06, "2 environment(s) are still linked to 'p'; remove them first", Ep06LinkedPolicy.DeleteHeldRefusal("p", 2, RuleId.EP06));
    }
}
