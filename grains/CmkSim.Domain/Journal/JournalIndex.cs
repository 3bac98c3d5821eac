namespace CmkSim.Domain.Journal;

/// <summary>
/// A run's journal in its final order, with what finding checks ask of it: the position of each event (its line in
/// audit.jsonl, the evidence a finding cites) and the chain of causes behind an event.
/// </summary>
public sealed class JournalIndex
{
    private readonly Dictionary<EventId, int> _positions;

    public JournalIndex(IReadOnlyList<JournalEvent> events)
    {
        Events = events;
        _positions = new Dictionary<EventId, int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            _positions[events[i].Id] = i;
        }
    }

    public IReadOnlyList<JournalEvent> Events { get; }

    /// <summary>Every event of type <typeparamref name="T"/> with its position, in journal order.</summary>
    public IEnumerable<(int Position, T Event)> All<T>() where T : JournalEvent
    {
        for (var i = 0; i < Events.Count; i++)
        {
            if (Events[i] is T e)
            {
                yield return (i, e);
            }
        }
    }

    public int? PositionOf(EventId id) => _positions.TryGetValue(id, out var position) ? position : null;

    /// <summary>The positions of the event's causes, nearest first (e.g. a lock, then the role removal behind it).</summary>
    public IEnumerable<int> Causes(JournalEvent e)
    {
        var seen = new HashSet<EventId>();
        for (var cause = e.Cause; cause is { } id && seen.Add(id) && PositionOf(id) is { } position; cause = Events[position].Cause)
        {
            yield return position;
        }
    }
}
