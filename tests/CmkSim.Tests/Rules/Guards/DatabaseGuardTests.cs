using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>Restore and copy's guards (DB-01, DB-02, DB-03, LK-02), no cluster.</summary>
public sealed class DatabaseGuardTests
{
    [Fact]
    public void DB01_a_backup_restores_into_its_own_environment_whatever_the_key()
    {
        Assert.Null(Db01RestoreSameKey.Refusal(sameEnvironment: true, "kv/a", "kv/b"));
        Assert.Null(Db01RestoreSameKey.Refusal(sameEnvironment: true, null, "kv/b"));
    }

    [Fact]
    public void DB01_into_another_environment_only_on_the_same_customer_key()
    {
        Assert.Null(Db01RestoreSameKey.Refusal(sameEnvironment: false, "kv/a", "kv/a"));
        Refuses(RuleId.DB01, "a backup restores only into its own environment or one on the same customer key (kv/a vs kv/b)",
            Db01RestoreSameKey.Refusal(sameEnvironment: false, "kv/a", "kv/b"));
        Refuses(RuleId.DB01, "a backup restores only into its own environment or one on the same customer key (kv/a vs Microsoft-managed)",
            Db01RestoreSameKey.Refusal(sameEnvironment: false, "kv/a", null));
        Refuses(RuleId.DB01, "'prod' has no backup named 'b1'", Db01RestoreSameKey.NoSuchBackupRefusal("prod", "b1"));
    }

    [Fact]
    public void DB02_copy_overwrites_only_an_environment_on_the_same_customer_key()
    {
        Assert.Null(Db02CopySameKey.Refusal("kv/a", "kv/a"));
        Assert.Null(Db02CopySameKey.Refusal(null, null));
        Refuses(RuleId.DB02, "copy overwrites only an environment on the same customer key (Microsoft-managed vs kv/a)", Db02CopySameKey.Refusal(null, "kv/a"));
    }

    [Fact]
    public void DB03_a_support_investigation_target_must_first_be_on_the_customer_managed_key()
    {
        Assert.Null(Db03SupportInvestigationCopy.Refusal(EnvironmentType.SupportInvestigation, EncryptionOwner.CustomerManaged));
        Assert.Null(Db03SupportInvestigationCopy.Refusal(EnvironmentType.Sandbox, EncryptionOwner.MicrosoftManaged));
        Refuses(RuleId.DB03, "a Support Investigation environment must be on the customer-managed key before it can be a copy target",
            Db03SupportInvestigationCopy.Refusal(EnvironmentType.SupportInvestigation, EncryptionOwner.MicrosoftManaged));
    }

    [Fact]
    public void LK02_a_locked_environment_cant_be_restored_from_backup_and_its_data_cant_be_copied()
    {
        Assert.Null(Lk02LockedEnvironmentDeletion.CopySourceRefusal("prod", sourceReadable: true));
        Refuses(RuleId.LK02, "'prod' is locked or deleted: its data can't be copied", Lk02LockedEnvironmentDeletion.CopySourceRefusal("prod", sourceReadable: false));
        Refuses(RuleId.LK02, "backup 'b1' of 'prod' is not available: its environment is Locked",
            Lk02LockedEnvironmentDeletion.LockedBackupRefusal("prod", "b1", EnvironmentStatus.Locked));
    }

    [Fact]
    public void LK02_a_deleted_backup_cites_the_rule_it_was_deleted_under()
    {
        Refuses(RuleId.DB04, "backup 'b1' of 'prod' was deleted: reset (DB-04)",
            Lk02LockedEnvironmentDeletion.DeletedBackupRefusal("prod", "b1", RuleId.DB04, "reset (DB-04)"));
        Refuses(RuleId.LK02, "backup 'b1' of 'prod' was deleted: gone", Lk02LockedEnvironmentDeletion.DeletedBackupRefusal("prod", "b1", null, "gone"));
    }
}
