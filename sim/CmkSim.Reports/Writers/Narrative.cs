using CmkSim.Domain.Journal;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>
/// The run's story at any scale: significant events (every admin action, refusal, failure, lock, unlock, deletion,
/// and every entry a finding, the impact figures or the controls cite) in journal order, runs of alike events folded
/// into one line; routine platform events (creations, encryptions, roll-outs, reads, backups) only counted.
/// </summary>
public sealed class Narrative
{
    /// <summary>Alike significant events in a row from this many on are shown as one line that expands.</summary>
    public const int FoldFrom = 4;

    private Narrative(IReadOnlyList<NarrativeLine> lines, IReadOnlyList<RoutineCount> routine)
    {
        Lines = lines;
        Routine = routine;
    }

    /// <summary>Significant events, in journal order; a line holds one entry or a run of alike ones.</summary>
    public IReadOnlyList<NarrativeLine> Lines { get; }

    /// <summary>Routine platform events not shown one by one: how many of each, and over which simulated span.</summary>
    public IReadOnlyList<RoutineCount> Routine { get; }

    public static Narrative Of(RunReport report, IReadOnlyList<ControlRow> controls)
    {
        var cited = Cited(report, controls);
        var journal = report.Journal;
        var shown = new List<int>();
        var routine = new Dictionary<string, (int Count, DateTimeOffset First, DateTimeOffset Last)>(StringComparer.Ordinal);
        for (var i = 0; i < journal.Count; i++)
        {
            var e = journal[i];
            if (cited.Contains(i) || !IsRoutine(e))
            {
                shown.Add(i);
            }
            else
            {
                routine[e.Operation] = routine.TryGetValue(e.Operation, out var r) ? (r.Count + 1, r.First, e.Time) : (1, e.Time, e.Time);
            }
        }

        return new Narrative(Fold(journal, shown), routine.Select(r => new RoutineCount(r.Key, r.Value.Count, r.Value.First, r.Value.Last))
            .OrderBy(r => r.First).ThenBy(r => r.Operation, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The key moments of the run, for the narrative's first screen: rotations, version and key changes, access
    /// changes (a revocation), locks, unlocks, deletions and resets, alike runs folded.
    /// </summary>
    public IReadOnlyList<NarrativeLine> KeyMoments(IReadOnlyList<JournalEvent> journal) =>
        Fold(journal, Lines.SelectMany(l => l.Positions).Where(i => IsKeyMoment(journal[i])).ToList());

    public static bool IsKeyMoment(JournalEvent e) => e.Outcome != EventOutcome.Refused && e is KeyRotated or KeyVersionDisabled
        or KeyVersionEnabled or KeyDeleted or KeyRecovered or KeyPurged or VaultDeleted or VaultRecovered or VaultPurged or RoleRemoved
        or AccessPolicySet or NetworkChanged or PolicyDeleted or EnvironmentRemovedFromPolicy or EnvironmentLocked or EnvironmentReEnabled
        or LockedEnvironmentDeleted or EnvironmentReset or BackupRestored;

    /// <summary>
    /// Runs of alike entries from <see cref="FoldFrom"/> on become one line. A routine entry shown only because it is
    /// cited does not break a run when the next entry that is not routine continues it; it is folded with the run.
    /// </summary>
    private static List<NarrativeLine> Fold(IReadOnlyList<JournalEvent> journal, List<int> shown)
    {
        var lines = new List<NarrativeLine>();
        var run = new List<int>();
        for (var k = 0; k < shown.Count; k++)
        {
            var e = journal[shown[k]];
            if (run.Count > 0 && !Alike(journal[run[0]], e) && !(IsRoutine(e) && NextNotRoutine(k) is { } next && Alike(journal[run[0]], journal[next])))
            {
                Flush();
            }

            run.Add(shown[k]);
        }

        Flush();
        return lines;

        int? NextNotRoutine(int k)
        {
            for (var j = k + 1; j < shown.Count; j++)
            {
                if (!IsRoutine(journal[shown[j]]))
                {
                    return shown[j];
                }
            }

            return null;
        }

        void Flush()
        {
            if (run.Count >= FoldFrom)
            {
                lines.Add(new NarrativeLine([.. run]));
            }
            else
            {
                lines.AddRange(run.Select(i => new NarrativeLine([i])));
            }

            run.Clear();
        }
    }

    /// <summary>Every entry the page links to: findings' evidence, locks of the impact figures, the controls' proof links.</summary>
    public static IReadOnlySet<int> Cited(RunReport report, IReadOnlyList<ControlRow> controls)
    {
        var cited = new HashSet<int>(report.Findings.SelectMany(f => f.Evidence));
        cited.UnionWith(report.Impact.Outages.Select(o => o.LockPosition));
        cited.UnionWith(report.Impact.UnrestorableBackups.Select(b => b.Position));
        cited.UnionWith(controls.SelectMany(c => c.AuditIndexes.Take(ReportLimits.ProofLinksShown)));
        return cited;
    }

    /// <summary>What the platform does on its own, in bulk, as a matter of course: counted, not listed.</summary>
    public static bool IsRoutine(JournalEvent e) => e.Outcome == EventOutcome.Succeeded && e is EnvironmentCreated or ManagedEnvironmentEnabled
        or EnvironmentAddedToPolicy or EnvironmentEncrypted or KeyVersionRolledOut or RecordsWritten or RecordsRead or FlowsCreated
        or BackupTaken or PolicyValidated or KeyExpiryNotified or UserAdded { Roles.Count: 0 };

    /// <summary>Two events tell the same thing when they are the same operation, by the same actor, with the same outcome under the same rule.</summary>
    private static bool Alike(JournalEvent a, JournalEvent b) =>
        a.Operation == b.Operation && a.Actor == b.Actor && a.Outcome == b.Outcome && a.Rule == b.Rule;
}

/// <summary>One line of the narrative: one journal entry, or a run of alike entries (positions in the journal).</summary>
public sealed record NarrativeLine(IReadOnlyList<int> Positions)
{
    public bool Folded => Positions.Count > 1;
}

/// <summary>How many routine events of one operation happened, from when to when.</summary>
public sealed record RoutineCount(string Operation, int Count, DateTimeOffset First, DateTimeOffset Last);
