using CmkSim.Domain.Rules;
using CmkSim.Grains.Graphs;
using Stateless;

namespace CmkSim.Grains.Environments;

/// <summary>
/// A backup's transitions, in one place. Only the three rules that delete backups (DB-04, LK-02, EN-02) may delete one, and entering
/// Deleted records why and under which rule, and drops the encrypted data with it.
/// </summary>
internal static class BackupMachine
{
    /// <summary>DB-04: a reset deletes the environment's encrypted data, backups included.</summary>
    public static readonly RuleGuard ResetDeletes = new(RuleId.DB04, "a reset deletes the backups");

    /// <summary>LK-02: a locked environment left locked is deleted, and its backups with it.</summary>
    public static readonly RuleGuard LockedEnvironmentDeletionDeletes = new(RuleId.LK02, "the locked environment was deleted");

    /// <summary>EN-02: an admin deletes a backup, or the environment with all its backups.</summary>
    public static readonly RuleGuard AdminDeletes = new(RuleId.EN02, "an admin deleted it or its environment");

    public static StateMachine<BackupState, BackupTrigger> Create(BackupRecord backup) => Create(backup, out _);

    /// <summary>Deletes an available backup, saying why and under which rule; a backup already deleted keeps its first cause.</summary>
    public static void Delete(BackupRecord backup, string because, string rule)
    {
        var machine = Create(backup, out var delete);
        if (machine.CanFire(delete, because, rule))
        {
            machine.Fire(delete, because, rule);
        }
    }

    private static StateMachine<BackupState, BackupTrigger> Create(BackupRecord backup, out StateMachine<BackupState, BackupTrigger>.TriggerWithParameters<string, string> delete)
    {
        var machine = new StateMachine<BackupState, BackupTrigger>(() => backup.State, s => backup.State = s);
        delete = machine.SetTriggerParameters<string, string>(BackupTrigger.Delete);
        machine.Configure(BackupState.Available)
            .PermitIf(delete, BackupState.Deleted, ResetDeletes, (_, rule) => rule == ResetDeletes.Rule)
            .PermitIf(delete, BackupState.Deleted, LockedEnvironmentDeletionDeletes, (_, rule) => rule == LockedEnvironmentDeletionDeletes.Rule)
            .PermitIf(delete, BackupState.Deleted, AdminDeletes, (_, rule) => rule == AdminDeletes.Rule);
        machine.Configure(BackupState.Deleted)
            .OnEntryFrom(delete, (because, rule) =>
            {
                backup.DeletedBecause = because;
                backup.DeletedUnder = rule;
                backup.Snapshot = null; // the encrypted data is gone with it
            }, "records why and under which rule");
        return machine;
    }
}
