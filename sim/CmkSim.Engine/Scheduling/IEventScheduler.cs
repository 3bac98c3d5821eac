namespace CmkSim.Engine.Scheduling;

/// <summary>
/// What grains get to schedule timed behaviour: a callback at a simulated time, never a timer. Safe to call from
/// many threads at once; the order events run in never depends on the order the calls arrived in.
/// </summary>
public interface IEventScheduler
{
    /// <summary>The simulated now.</summary>
    DateTimeOffset Now { get; }

    /// <param name="due">Not before <see cref="Now"/> (ArgumentOutOfRangeException); at <see cref="Now"/> it runs after the current event.</param>
    /// <param name="owner">A stable name of who schedules (a grain's id): the tie-breaker for equal due times.</param>
    /// <param name="kind">What happens, for the log and the audit trail.</param>
    SimulationEvent Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action);

    /// <param name="delay">Zero or more; the event is due at <see cref="Now"/> plus this.</param>
    SimulationEvent ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action);

    /// <returns>True if the event was pending and now never runs; false if it already ran or was already cancelled.</returns>
    bool Cancel(SimulationEvent simulationEvent);
}
