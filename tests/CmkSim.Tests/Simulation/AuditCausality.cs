using CmkSim.Domain.Journal;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Causes before effects in a run's journal (issue 9): every event that names a cause comes after it, and every
/// environment lock names one (the vault change the platform was told of, or the environment's own failed
/// roll-out or revert).
/// </summary>
internal static class AuditCausality
{
    /// <summary>One line per event whose cause is missing or journaled after it; empty when the journal reads forwards.</summary>
    public static IEnumerable<string> Violations(IReadOnlyList<JournalEvent> journal)
    {
        var positions = new Dictionary<EventId, int>();
        for (var i = 0; i < journal.Count; i++)
        {
            var e = journal[i];
            if (e.Cause is { } cause)
            {
                if (!positions.TryGetValue(cause, out var at))
                {
                    yield return $"#{i} {e.Operation} on {e.Target} at {e.Time:O}: its cause {cause} is not journaled before it";
                }
                else if (journal[at].Time > e.Time)
                {
                    yield return $"#{i} {e.Operation} on {e.Target}: its cause #{at} is later in simulated time";
                }
            }
            else if (e is EnvironmentLocked)
            {
                yield return $"#{i} {e.Target} at {e.Time:O}: a lock that names no cause";
            }

            positions[e.Id] = i;
        }
    }
}
