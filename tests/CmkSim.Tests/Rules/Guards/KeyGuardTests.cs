using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The key's guards as Add environment, re-enable and restore meet them (KV-01, KV-06, KV-07, EN-08, LK-01, LK-03), no cluster.</summary>
public sealed class KeyGuardTests
{
    [Fact]
    public void KV01_the_policys_vault_needs_both_soft_delete_and_purge_protection()
    {
        Assert.Null(Kv01SoftDeleteRetention.PolicyVaultRefusal("kv", softDelete: true, purgeProtection: true));
        const string message = "vault 'kv' needs soft delete and purge protection on";
        Refuses(RuleId.KV01, message, Kv01SoftDeleteRetention.PolicyVaultRefusal("kv", softDelete: true, purgeProtection: false));
        Refuses(RuleId.KV01, message, Kv01SoftDeleteRetention.PolicyVaultRefusal("kv", softDelete: false, purgeProtection: true));
    }

    [Fact]
    public void KV06_a_wrap_the_vault_denies_is_refused_with_its_status_and_the_vaults_rule()
    {
        Assert.Null(Kv06KeyPermissions.ProbeRefusal(wrapped: true, 200, "ok", null));
        Refuses(RuleId.KV06, "403: 'p-identity' lacks wrapKey", Kv06KeyPermissions.ProbeRefusal(wrapped: false, 403, "'p-identity' lacks wrapKey", null));
        Refuses(RuleId.KV04, "403: firewall", Kv06KeyPermissions.ProbeRefusal(wrapped: false, 403, "firewall", RuleId.KV04));
    }

    [Fact]
    public void KV07_the_policys_key_must_be_there()
    {
        Assert.Null(Kv07KeyUsable.KeyRefusal("k", "kv", found: true));
        Refuses(RuleId.KV07, "key 'k' not found in vault 'kv'", Kv07KeyUsable.KeyRefusal("k", "kv", found: false));
    }

    [Fact]
    public void EN08_a_backup_whose_version_no_longer_answers_is_not_restored()
    {
        Assert.Null(En08PreviousKeyVersion.RestoreRefusal(StorageResource.Database, "kv/k/v1", null));
        Refuses(RuleId.EN08, "the backup's Database data key is wrapped by kv/k/v1, which no longer answers: disabled",
            En08PreviousKeyVersion.RestoreRefusal(StorageResource.Database, "kv/k/v1", "disabled"));
    }

    [Fact]
    public void LK01_a_write_that_meets_a_key_that_stopped_answering_is_refused()
    {
        Assert.Null(Lk01KeyAccessLoss.WriteRefusal(null));
        Refuses(RuleId.LK01, "key gone", Lk01KeyAccessLoss.WriteRefusal("key gone"));
    }

    [Fact]
    public void LK03_only_a_locked_environment_is_re_enabled_by_a_policy_reader_once_the_original_key_answers()
    {
        Assert.Null(Lk03ReEnable.NotLockedRefusal(locked: true, EnvironmentStatus.Locked));
        Assert.Null(Lk03ReEnable.ReaderRefusal("alice", "p", isReader: true));
        Assert.Null(Lk03ReEnable.KeyRefusal(null));
        Refuses(RuleId.LK03, "environment is Enabled, not locked: only a locked environment is re-enabled", Lk03ReEnable.NotLockedRefusal(locked: false, EnvironmentStatus.Enabled));
        Refuses(RuleId.LK03, "'alice' needs read access to policy 'p'", Lk03ReEnable.ReaderRefusal("alice", "p", isReader: false));
        Refuses(RuleId.LK03, "the original key still refuses (403: denied): restore every permission on the original key first", Lk03ReEnable.KeyRefusal("403: denied"));
    }
}
