using CmkSim.Domain.Journal;
using CmkSim.Domain.Memory;

namespace CmkSim.Grains.Journal;

/// <summary>How a grain writes to its own journal: each event stamped with its id, simulated time, actor and cause.</summary>
internal static class GrainJournal
{
    /// <param name="owner">The grain's journal name, e.g. "environment/prod-1": the first half of every id it writes.</param>
    /// <returns>The event's id, to name as the cause of its effects.</returns>
    public static EventId Append(this List<JournalEvent> journal, string owner, DateTimeOffset time, string actor, JournalEvent e, EventId? cause = null)
    {
        // Owners and actors repeat in every event, and a cause arrives as a copy from another grain: shared.
        var id = new EventId(Shared.Text(owner), journal.Count + 1);
        journal.Add(e with { Id = id, Time = time, Actor = Shared.Text(actor), Cause = cause is { } c ? c with { Owner = Shared.Text(c.Owner) } : null });
        return id;
    }
}
