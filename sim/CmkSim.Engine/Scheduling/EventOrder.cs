namespace CmkSim.Engine.Scheduling;

/// <summary>The queue's order: due time, then owner (ordinal, so culture never changes it), then the owner's own sequence.</summary>
internal sealed class EventOrder : IComparer<SimulationEvent>
{
    public static EventOrder Instance { get; } = new();

    public int Compare(SimulationEvent? x, SimulationEvent? y)
    {
        var byTime = x!.Due.UtcTicks.CompareTo(y!.Due.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }

        var byOwner = string.CompareOrdinal(x.Owner, y.Owner);
        return byOwner != 0 ? byOwner : x.OwnerSequence.CompareTo(y.OwnerSequence);
    }
}
