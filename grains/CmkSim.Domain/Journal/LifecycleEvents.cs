using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Journal;

/// <summary>
/// EN-02: an admin deleted the environment. Its records, data keys and backups are gone with it; unlike an LK-02
/// deletion this was asked for, so it is no data loss finding.
/// <paramref name="RecordsDeleted"/> counts its Dataverse records.
/// </summary>
public sealed record EnvironmentDeleted(string Environment, int RecordsDeleted, int BackupsDeleted) : JournalEvent(RuleId.EN02)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"deleted by an admin with {RecordsDeleted} records and {BackupsDeleted} backups";
}

/// <summary>EN-02: an admin deleted one backup of the environment; restoring it is refused from then on, citing EN-02.</summary>
public sealed record BackupDeleted(string Environment, string Backup) : JournalEvent(RuleId.EN02)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"backup '{Backup}' deleted by an admin";
}

/// <summary>The operation names a refused lifecycle action journals (the scenario actions use the same words).</summary>
public static class LifecycleOperations
{
    public const string DeleteEnvironment = "deleteEnvironment";
    public const string DeleteBackup = "deleteBackup";
    public const string RestoreToPointInTime = "restore";
}
