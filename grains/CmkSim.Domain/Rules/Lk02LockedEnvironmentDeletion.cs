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
}
