using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Compliance;

/// <summary>
/// Every finding check, each in its rule's home, run over the run's journal. Findings read typed events only; their
/// evidence is positions in the journal (lines of audit.jsonl).
/// </summary>
public static class FindingChecks
{
    private static readonly Func<JournalIndex, IEnumerable<Finding>>[] Checks =
    [
        Sd01SeparationOfDuty.Check,
        Sd02SoftDeleteAndPurgeProtection.Check,
        En05KeyAccessAfterRemoval.Check,
        En08PreviousKeyVersion.Check,
        Lk02LockedEnvironmentDeletion.Check,
        Lk02LockedEnvironmentDeletion.CheckOutages,
        Lk03ReEnable.CheckThrottled,
        En07KeyVersionRollOut.CheckThrottled,
    ];

    public static IReadOnlyList<Finding> Run(IReadOnlyList<JournalEvent> journal)
    {
        var index = new JournalIndex(journal);
        return Checks.SelectMany(check => check(index))
            .OrderBy(f => f.Time).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ToList();
    }
}
