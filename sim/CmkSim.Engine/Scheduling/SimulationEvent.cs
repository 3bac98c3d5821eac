namespace CmkSim.Engine.Scheduling;

/// <summary>
/// A callback due at a simulated time. Ordered by (due, owner, owner's sequence): events that many grains schedule
/// concurrently still run in one order, whatever order their calls arrived in.
/// </summary>
public sealed record SimulationEvent(DateTimeOffset Due, string Owner, long OwnerSequence, string Kind, Func<CancellationToken, Task> Action)
{
    public bool Cancelled { get; internal set; }
}
