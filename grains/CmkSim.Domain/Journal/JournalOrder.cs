namespace CmkSim.Domain.Journal;

/// <summary>
/// Merges the journals the grains keep into the run's one journal: by simulated time; at one instant every cause
/// before its effects; otherwise by layer (the order the journals are given in: tenant, vaults, policies,
/// environments), then each journal's own order. The same run gives the same journal whichever silo ran which grain.
/// </summary>
public static class JournalOrder
{
    public static IReadOnlyList<JournalEvent> Merge(IEnumerable<IReadOnlyList<JournalEvent>> journals)
    {
        var ranked = journals
            .SelectMany((journal, layer) => journal.Select((e, index) => (Event: e, Layer: layer, Index: index)))
            .OrderBy(x => x.Event.Time)
            .ThenBy(x => x.Layer)
            .ThenBy(x => x.Index)
            .Select(x => x.Event)
            .ToList();
        var merged = new List<JournalEvent>(ranked.Count);
        foreach (var instant in ranked.GroupBy(e => e.Time))
        {
            merged.AddRange(CausesFirst(instant.ToList()));
        }

        return merged;
    }

    /// <summary>
    /// Kahn's algorithm over one instant's events: an event is ready once its cause (if it is at this instant) has been
    /// placed; among ready events the earliest in the layer order goes first, so the result is deterministic.
    /// </summary>
    private static IEnumerable<JournalEvent> CausesFirst(List<JournalEvent> events)
    {
        var rank = new Dictionary<EventId, int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            rank[events[i].Id] = i;
        }

        var waiting = new Dictionary<EventId, List<int>>();
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Cause is { } cause && rank.ContainsKey(cause) && cause != events[i].Id)
            {
                (waiting.TryGetValue(cause, out var list) ? list : waiting[cause] = []).Add(i);
            }
            else
            {
                ready.Enqueue(i, i);
            }
        }

        var placed = 0;
        while (ready.TryDequeue(out var next, out _))
        {
            placed++;
            yield return events[next];
            if (waiting.Remove(events[next].Id, out var effects))
            {
                effects.ForEach(effect => ready.Enqueue(effect, effect));
            }
        }

        if (placed != events.Count)
        {
            throw new InvalidOperationException($"the journal's causes form a cycle at {events[0].Time:O}");
        }
    }
}
