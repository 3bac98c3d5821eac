using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule LK-02: "A locked environment can't be restored from backup and its data can't be copied elsewhere; the data
/// persists but can't be read. If access is not restored, a locked sandbox is deleted after 7 days and a locked
/// production environment after 30 days: the data is then lost." The default environment counts as production;
/// every other type (sandbox, developer, ...) as non-production.
/// </summary>
[RuleHome(RuleId.LK02)]
public static class Lk02LockedEnvironmentDeletion
{
    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance Guidance = new(
        "Data lost: locked environment deleted",
        "The environment and its data were deleted at the end of its lock period; nothing can bring them back.",
        "Restore key access within 7 days (sandbox) or 30 days (production) of a lock: re-grant the policy identity's permissions, enable the key version, recover the key; then re-enable the environment.");

    /// <summary>How long a locked non-production environment (sandbox, developer, ...) is kept before deletion.</summary>
    public static readonly TimeSpan NonProductionDeletedAfter = TimeSpan.FromDays(7);

    /// <summary>How long a locked production (or default) environment is kept before deletion.</summary>
    public static readonly TimeSpan ProductionDeletedAfter = TimeSpan.FromDays(30);

    /// <summary>How long an environment of this type stays locked before it is deleted with its data.</summary>
    public static TimeSpan DeletedAfter(EnvironmentType type) =>
        type is EnvironmentType.Production or EnvironmentType.Default ? ProductionDeletedAfter : NonProductionDeletedAfter;

    /// <summary>
    /// The finding: a locked environment was deleted with its data. Evidence: the deletion and the chain of causes
    /// behind it (the lock, and what locked it: a role removal, a disabled version ...).
    /// </summary>
    [ChecksFinding(RuleId.LK02)]
    public static IEnumerable<Finding> Check(JournalIndex journal) =>
        journal.All<LockedEnvironmentDeleted>().Select(x => new Finding(RuleId.LK02, FindingSeverity.Critical, x.Event.Time, x.Event.Target,
            "a locked environment was deleted because access to its key was not restored in time: its data is lost",
            [x.Position, .. journal.Causes(x.Event)], Guidance));

    /// <summary>The outage finding type: an environment is offline, with its deletion deadline running.</summary>
    public static readonly FindingGuidance OutageGuidance = new(
        "Environment offline: locked, deletion deadline running",
        "A locked environment serves no one, can't be restored or copied, and is deleted with its data at the deadline (7 days for a sandbox, 30 for production) unless key access returns.",
        "Restore key access before the deadline (re-grant the policy identity's key permissions, enable the key version, recover the key or open the network path), then re-enable the environment; alert on key access changes so an outage is seen at once.");

    /// <summary>
    /// The outage finding: from the moment an environment is locked, under the lock's rule (EN-09, LK-01, EN-08,
    /// KV-04 ...), with its deletion deadline. It is raised whether or not access returns, so an outage is visible
    /// before any data is gone. Evidence: the lock and the chain of causes behind it.
    /// </summary>
    [ChecksFinding(RuleId.LK02)]
    public static IEnumerable<Finding> CheckOutages(JournalIndex journal)
    {
        // The first lock of each outage (a lock of a locked environment keeps the first one's deadline) and how it ended.
        var open = new Dictionary<string, (int Position, EnvironmentLocked Lock)>(StringComparer.Ordinal);
        var outages = new List<(int Position, EnvironmentLocked Lock, string Ending)>();
        foreach (var (position, e) in journal.All<JournalEvent>())
        {
            switch (e)
            {
                case EnvironmentLocked l when !open.ContainsKey(l.Environment):
                    open[l.Environment] = (position, l);
                    break;
                case EnvironmentReEnabled r when open.Remove(r.Environment, out var locked):
                    outages.Add((locked.Position, locked.Lock, "access returned and it was re-enabled before the deadline"));
                    break;
                case LockedEnvironmentDeleted d when open.Remove(d.Environment, out var locked):
                    outages.Add((locked.Position, locked.Lock, "it was deleted with its data at the deadline"));
                    break;
                case EnvironmentDeleted d when open.Remove(d.Environment, out var locked):
                    outages.Add((locked.Position, locked.Lock, "an admin deleted it before the deadline"));
                    break;
            }
        }

        outages.AddRange(open.Values.Select(o => (o.Position, o.Lock, "still locked when the run ended")));
        foreach (var (position, l, ending) in outages.OrderBy(o => o.Position))
        {
            var deadline = l.Time + l.DeletedAfter;
            yield return new Finding(l.Rule ?? RuleId.LK01, FindingSeverity.High, l.Time, l.Target,
                $"locked: a live storage resource's data key can't be unwrapped; deleted with its data on {deadline.UtcDateTime:yyyy-MM-dd HH:mm}Z "
                + $"({l.DeletedAfter.TotalDays:0} days after the lock) unless access is restored; {ending}",
                [position, .. journal.Causes(l)], OutageGuidance);
        }
    }

    /// <summary>Copy: a locked (or deleted) environment's data can't be copied elsewhere.</summary>
    /// <param name="sourceReadable">Whether the source gave up its data (it does only while it is not locked or deleted).</param>
    [Enforces(RuleId.LK02)]
    public static Decision? CopySourceRefusal(string sourceEnvironment, bool sourceReadable) => sourceReadable
        ? null
        : Decision.Refuse(RuleId.LK02, $"'{sourceEnvironment}' is locked or deleted: its data can't be copied");

    /// <summary>Restore: a locked environment's backups can't be restored.</summary>
    [Enforces(RuleId.LK02)]
    public static Decision LockedBackupRefusal(string environment, string backup, EnvironmentStatus status) =>
        Decision.Refuse(RuleId.LK02, $"backup '{backup}' of '{environment}' is not available: its environment is {status}");

    /// <summary>
    /// Restore of a backup that was deleted: it cites the rule it was deleted under (DB-04 by a reset, LK-02 with its
    /// locked environment); LK-02 when none was recorded.
    /// </summary>
    [Enforces(RuleId.LK02)]
    public static Decision DeletedBackupRefusal(string environment, string backup, string? deletedUnder, string? because) =>
        Decision.Refuse(deletedUnder ?? RuleId.LK02, $"backup '{backup}' of '{environment}' was deleted: {because}");
}
