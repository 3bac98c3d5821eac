namespace CmkSim.Domain.Ports;

/// <summary>
/// How the model schedules timed behaviour: a callback at a simulated time, never a timer. The engine implements it;
/// safe to call from many threads at once, and the order events run in never depends on the order the calls arrived in.
/// </summary>
public interface IEventScheduler
{
    /// <summary>The simulated now.</summary>
    DateTimeOffset Now { get; }

    /// <param name="due">Not before <see cref="Now"/> (ArgumentOutOfRangeException); at <see cref="Now"/> it runs after the current event.</param>
    /// <param name="owner">A stable name of who schedules (a grain's id): the tie-breaker for equal due times.</param>
    /// <param name="kind">What happens, for the engine's log.</param>
    /// <param name="scope">Local only when the event changes nothing but its owner's state (see <see cref="EventScope"/>).</param>
    void Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope = EventScope.Exclusive);

    /// <param name="delay">Zero or more; the event is due at <see cref="Now"/> plus this.</param>
    void ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope = EventScope.Exclusive);
}
