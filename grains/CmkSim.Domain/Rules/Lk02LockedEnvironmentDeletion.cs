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
            [x.Position, .. journal.Causes(x.Event)]));

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
