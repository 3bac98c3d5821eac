using CmkSim.Contracts;
using CmkSim.Contracts.Policies;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;

namespace CmkSim.Grains.Environments;

/// <summary>
/// An admin deletes an environment or one of its backups (EN-02), and restores to a point in time (DB-01, EN-08):
/// the lifecycle actions the admin center offers besides add, remove, re-enable and reset.
/// </summary>
public sealed partial class EnvironmentGrain
{
    /// <summary>Why a backup deleted with its environment by an admin is gone; a restore of it cites this.</summary>
    private const string DeletedWithEnvironment = "the environment was deleted by an admin (EN-02)";

    public async Task<Decision> DeleteAsync(string actor)
    {
        if (Decisions.Delete(actor, await User(actor), Model.Can(EnvironmentTrigger.Delete)) is { } refused)
        {
            return await Refuse(actor, LifecycleOperations.DeleteEnvironment, refused);
        }

        var records = State.Dataverse.Records.Count; // the Dataverse records, as a records expectation counts them
        foreach (var resource in Resources)
        {
            StateOf(resource).Records.Clear();
            StateOf(resource).DataKey = null;
        }

        State.Flows.Records.Clear();
        var backupsDeleted = DeleteBackups(DeletedWithEnvironment, RuleId.EN02);
        ForgetStores();
        if (State.Policy is { } policy)
        {
            await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        Model.Deleted(); // EN-02: whatever timed work was pending is cancelled as it enters Deleted
        return await Accept(actor, new EnvironmentDeleted(Name, records, backupsDeleted),
            Decision.Accept($"deleted with {records} records and {backupsDeleted} backups") with { RuleId = RuleId.EN02 });
    }

    public async Task<Decision> DeleteBackupAsync(string actor, string backup)
    {
        var refusal = await Admin(actor)
            ?? (AvailableBackup(backup) is null || !Decisions.Facts.DataReadable ? UnavailableBackup(backup) : null);
        if (refusal is not null)
        {
            return await Refuse(actor, LifecycleOperations.DeleteBackup, refusal);
        }

        BackupMachine.Delete(State.Backups[backup], $"deleted by '{actor}' (EN-02)", RuleId.EN02);
        return await Accept(actor, new BackupDeleted(Name, backup), Decision.Accept($"backup '{backup}' deleted") with { RuleId = RuleId.EN02 });
    }

    /// <summary>
    /// The latest backup of this environment taken at or before <paramref name="pointInTime"/> is restored as
    /// <see cref="RestoreAsync"/> restores it: refused citing the rule that deleted it if it was deleted (DB-04, LK-02,
    /// EN-02), and citing EN-08 if a key version it needs was disabled. With none taken by then, DB-01 refuses.
    /// </summary>
    public async Task<Decision> RestoreToPointInTimeAsync(string actor, DateTimeOffset pointInTime)
    {
        var latest = State.Backups.Where(b => b.Value.TakenAt <= pointInTime).OrderByDescending(b => b.Value.TakenAt).Select(b => b.Key).FirstOrDefault();
        if (latest is not null)
        {
            return await RestoreAsync(actor, Name, latest);
        }

        var refusal = await Admin(actor) ?? Db01RestoreSameKey.NoBackupAtRefusal(Name, pointInTime);
        return await Refuse(actor, LifecycleOperations.RestoreToPointInTime, refusal);
    }
}
