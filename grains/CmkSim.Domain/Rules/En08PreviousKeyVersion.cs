using CmkSim.Domain.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-08: the previous key version must not be disabled or deleted for at least 28 days after a rotation,
/// counted from the rotation. Its consequences are cryptographic: a live storage resource not yet re-wrapped
/// (<see cref="En07KeyVersionRollOut"/>) can no longer unwrap its data key (the environment goes offline), and a
/// backup whose data keys it wraps can't be restored until it is enabled again. The finding counts the window.
/// </summary>
[RuleHome(RuleId.EN08)]
public static class En08PreviousKeyVersion
{
    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance Guidance = new(
        "Previous key version removed too soon after a rotation",
        "Backups taken under the previous version can't be restored, and environments not yet re-wrapped go offline until the version is enabled again.",
        "Keep the previous key version enabled for at least 28 days after a rotation; enable it again now if it is still within that window.");

    /// <summary>How long after a rotation the previous version must stay enabled (the restore points it wraps).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(28);

    /// <summary>
    /// The finding: a previous version of a rotated key disabled (or the key deleted) less than <see cref="KeptFor"/>
    /// after the rotation, counted from the rotation. Evidence: the rotation, the disable or delete, the backups
    /// whose data keys that version wraps (unrestorable while it is gone) and the environments it took offline.
    /// </summary>
    [ChecksFinding(RuleId.EN08)]
    public static IEnumerable<Finding> Check(JournalIndex journal)
    {
        var rotations = journal.All<KeyRotated>().ToList();
        // Disables and key deletions by key, in journal order: one pass over the journal, not one per rotation.
        var removals = journal.All<JournalEvent>().Where(x => KeyTakenFrom(x.Event) is not null).ToLookup(x => KeyTakenFrom(x.Event)!.Value);
        foreach (var (position, rotation) in rotations)
        {
            var (vault, key) = (rotation.Version.Vault, rotation.Version.Name);
            // Versions later rotations made are not "previous" to this one.
            var later = rotations.Where(r => r.Position > position && r.Event.Version.Vault == vault && r.Event.Version.Name == key)
                .Select(r => r.Event.Version).ToHashSet();
            var tooSoon = removals[(vault, key)].FirstOrDefault(x => x.Event.Time >= rotation.Time && x.Event.Time < rotation.Time + KeptFor
                && x.Event switch
                {
                    KeyVersionDisabled d => d.Version != rotation.Version && !later.Contains(d.Version),
                    KeyDeleted => true,
                    _ => false,
                });
            if (tooSoon.Event is null)
            {
                continue;
            }

            // What is gone: one version, or (with the key) every version.
            Func<Keys.KeyVersionId, bool> gone = tooSoon.Event is KeyVersionDisabled disabled
                ? v => v == disabled.Version
                : v => v.Vault == vault && v.Name == key;
            var backups = journal.All<BackupTaken>().Where(b => b.Event.Time <= tooSoon.Event.Time && b.Event.Keys.Any(k => gone(k.WrappedBy)))
                .Select(b => b.Position).ToList();
            var offline = journal.All<EnvironmentLocked>().Where(l => l.Event.Cause == tooSoon.Event.Id
                    || (l.Event.Time == tooSoon.Event.Time && l.Event.Unusable.Any(gone)))
                .Select(l => l.Position).ToList();
            var days = (tooSoon.Event.Time - rotation.Time).TotalDays;
            yield return new Finding(RuleId.EN08, FindingSeverity.High, tooSoon.Event.Time, $"{vault}/{key}",
                $"a previous version was {(tooSoon.Event is KeyDeleted ? "deleted with the key" : "disabled")} {days:0.#} days after rotation ({KeptFor.TotalDays:0} are needed): "
                + $"{backups.Count} backup(s) wrapped by it can't be restored and {offline.Count} environment(s) went offline",
                [position, tooSoon.Position, .. backups, .. offline], Guidance);
        }
    }

    /// <summary>The key (vault, name) a version disable or key deletion takes a version from; null for other events.</summary>
    private static (string Vault, string Key)? KeyTakenFrom(JournalEvent e) => e switch
    {
        KeyVersionDisabled d => (d.Version.Vault, d.Version.Name),
        KeyDeleted d => (d.Vault, d.Key),
        _ => null,
    };

    /// <summary>
    /// Restore (or copy) of a backup whose data key is wrapped by a version that no longer answers (disabled or
    /// deleted): the version was "required ... for the support of database restoration".
    /// </summary>
    /// <param name="unwrapError">Null when the backup's data key unwrapped under the version that wrapped it.</param>
    [Enforces(RuleId.EN08)]
    public static Decision? RestoreRefusal(StorageResource resource, string wrappedBy, string? unwrapError) => unwrapError is null
        ? null
        : Decision.Refuse(RuleId.EN08, $"the backup's {resource} data key is wrapped by {wrappedBy}, which no longer answers: {unwrapError}");
}
