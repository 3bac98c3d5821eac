using CmkSim.Domain.Ports;

namespace CmkSim.Engine.Scheduling;

/// <summary>
/// A callback due at a simulated time; also the handle to cancel it. Ordered by (due, owner, owner's sequence): events
/// that many grains schedule concurrently still run in one order, whatever order their calls arrived in. A class, not
/// a record: a handle is one scheduled occurrence, so equality is identity and its hash never changes with its state.
/// </summary>
public sealed class SimulationEvent
{
    internal SimulationEvent(DateTimeOffset due, string owner, long ownerSequence, string kind, Func<CancellationToken, Task> action,
        EventScope scope = EventScope.Exclusive)
    {
        Scope = scope;
        Due = due;
        Owner = owner;
        OwnerSequence = ownerSequence;
        Kind = kind;
        Action = action;
    }

    public DateTimeOffset Due { get; }

    /// <summary>A stable name of who scheduled it (a grain's id): the tie-breaker for equal due times.</summary>
    public string Owner { get; }

    /// <summary>The owner's own counter, from 1: the tie-breaker between one owner's events at the same time.</summary>
    public long OwnerSequence { get; }

    /// <summary>What happens, for the log and the audit trail.</summary>
    public string Kind { get; }

    public Func<CancellationToken, Task> Action { get; }

    /// <summary>Exclusive events run alone; local ones due at the same instant run beside other owners' (see <see cref="SimulationEngine"/>).</summary>
    public EventScope Scope { get; }

    public SimulationEventState State { get; internal set; }

    public override string ToString() => $"'{Kind}' of '{Owner}' #{OwnerSequence} due {Due:O}";
}
