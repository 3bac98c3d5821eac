using CmkSim.Domain.Journal;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;

namespace CmkSim.Contracts.Environments;

/// <summary>
/// A Power Platform environment, keyed by name: lifecycle, encryption under the Microsoft-managed or a customer key,
/// its Dataverse records, flows, connections and canvas assets really encrypted, and its backups.
/// </summary>
public interface IEnvironmentGrain : IGrainWithStringKey
{
    Task CreateAsync(EnvironmentSpec spec);

    Task<EnvironmentView> GetAsync();

    Task<Decision> EnableManagedEnvironmentAsync(string actor);

    Task<Decision> AddToPolicyAsync(string actor, string policy);

    Task<Decision> RemoveFromPolicyAsync(string actor);

    Task<Decision> ReEnableAsync(string actor);

    Task<Decision> WriteRecordsAsync(string actor, int count);

    Task<ReadOutcome> ReadRecordsAsync(string actor);

    Task<Decision> CreateFlowsAsync(string actor, int count);

    /// <summary>
    /// Unwraps every storage resource's data key; locks the environment when one no longer unwraps (rules EN-09,
    /// LK-01; EN-08 when it is a resource still on the previous version).
    /// </summary>
    Task CheckKeyAccessAsync(EventId? cause);

    /// <summary>One storage resource re-wraps its data key under the policy's new key version (rule EN-07).</summary>
    Task RollOutKeyVersionAsync(KeyVersionId version, StorageResource resource, EventId cause);

    Task<Decision> BackupAsync(string actor, string backup);

    Task<Decision> RestoreAsync(string actor, string sourceEnvironment, string backup);

    Task<Decision> CopyFromAsync(string actor, string sourceEnvironment);

    Task<Decision> ResetAsync(string actor);

    /// <summary>An admin deletes the environment (EN-02): its data and backups are gone.</summary>
    Task<Decision> DeleteAsync(string actor);

    /// <summary>An admin deletes one backup (EN-02); restoring it is refused from then on citing EN-02.</summary>
    Task<Decision> DeleteBackupAsync(string actor, string backup);

    /// <summary>Restores the latest available backup of this environment taken at or before <paramref name="pointInTime"/>.</summary>
    Task<Decision> RestoreToPointInTimeAsync(string actor, DateTimeOffset pointInTime);

    /// <summary>For restore and copy: the snapshot of a backup (or of the live data), refused while locked (LK-02).</summary>
    Task<DataSnapshot?> ExportAsync(string? backup);

    /// <summary>Why <see cref="ExportAsync"/> gave nothing for a backup: deleted by a reset (DB-04), or locked or deleted with its environment (LK-02).</summary>
    Task<Decision> UnavailableBackupAsync(string backup);

    /// <summary>The customer key this environment is encrypted with, or null when Microsoft-managed.</summary>
    Task<string?> CustomerKeyAsync();

    /// <summary>Which key version wraps each storage resource's data key now (EN-07: they move on their own time).</summary>
    Task<IReadOnlyList<ResourceKey>> ResourceKeysAsync();

    /// <summary>The engine calls back when timed work is due; <paramref name="ticket"/> tells a stale call from a live one.</summary>
    Task OnOperationDueAsync(EnvironmentOperation operation, int ticket, EventId? cause);

    /// <summary>Fault injection: the next encryption run fails (rules EN-03, EN-12).</summary>
    Task FailNextEncryptionAsync();

    Task<IReadOnlyList<JournalEvent>> GetJournalAsync();
}
