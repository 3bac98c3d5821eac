using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The guards of environment and backup deletion and of point-in-time restore, in their rule homes, with no grain.</summary>
public sealed class DeletionGuardTests
{
    private static readonly TenantUser Admin = new("alice", [EntraRole.PowerPlatformAdministrator], ["Microsoft365E5"]);

    private static EnvironmentDecisions Decisions(EnvironmentStatus status, string? disabledRule) => new(new EnvironmentFacts(
        "prod", new EnvironmentSpec(EnvironmentType.Production, "europe", true), true, status, Active: status == EnvironmentStatus.Enabled,
        DataReadable: status is EnvironmentStatus.Enabled or EnvironmentStatus.Disabled, disabledRule, null, LastEncryptionFailed: false,
        EncryptionOwner.MicrosoftManaged, null));

    [Fact]
    public void EN02_delete_asks_for_an_admin_then_its_machine()
    {
        Assert.Null(Decisions(EnvironmentStatus.Enabled, null).Delete("alice", Admin, canDelete: true));
        Assert.Null(Decisions(EnvironmentStatus.Locked, RuleId.LK01).Delete("alice", Admin, canDelete: true));
        Refuses(RuleId.EN02, "'bob' is not a user of the tenant", Decisions(EnvironmentStatus.Enabled, null).Delete("bob", null, canDelete: true));
        Refuses(RuleId.EN03, "'prod' is Disabled: it can't be deleted now", Decisions(EnvironmentStatus.Disabled, RuleId.EN03).Delete("alice", Admin, canDelete: false));
        Refuses(RuleId.EN02, "'prod' is Deleted: it can't be deleted now", Decisions(EnvironmentStatus.Deleted, RuleId.EN02).Delete("alice", Admin, canDelete: false));
    }

    [Fact]
    public void A_backup_deleted_by_an_admin_is_refused_citing_EN02()
    {
        Refuses(RuleId.EN02, "backup 'b' of 'prod' was deleted: deleted by 'alice' (EN-02)",
            Decisions(EnvironmentStatus.Enabled, null).UnavailableBackup("b", new BackupFacts(false, RuleId.EN02, "deleted by 'alice' (EN-02)")));
    }

    [Fact]
    public void DB01_a_point_in_time_before_any_backup_is_refused()
    {
        Refuses(RuleId.DB01, "'prod' has no backup taken at or before 2026-01-01 12:00Z",
            Db01RestoreSameKey.NoBackupAtRefusal("prod", new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Deleted_backups_are_not_counted_unrestorable()
    {
        var v1 = new KeyVersionId("kv", "cmk", "v1");
        var time = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<JournalEvent> journal =
        [
            new BackupTaken("prod", "kept", [new ResourceKey(StorageResource.Database, v1)]) { Time = time },
            new BackupTaken("prod", "dropped", [new ResourceKey(StorageResource.Database, v1)]) { Time = time },
            new BackupTaken("test", "gone", [new ResourceKey(StorageResource.Database, v1)]) { Time = time },
            new BackupDeleted("prod", "dropped") { Time = time },
            new EnvironmentDeleted("test", 3, 1) { Time = time },
            new KeyVersionDisabled(v1) { Time = time },
        ];

        Assert.Equal(["kept"], Backups.Unrestorable(journal, new HashSet<string>()).Select(b => b.Backup));
    }
}
