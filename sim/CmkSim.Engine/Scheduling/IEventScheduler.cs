namespace CmkSim.Engine.Scheduling;

/// <summary>What grains get to schedule timed behaviour: a callback at a simulated time, never a timer.</summary>
public interface IEventScheduler
{
    DateTimeOffset Now { get; }

    /// <param name="owner">A stable name of who schedules (a grain's id): the tie-breaker for equal due times.</param>
    SimulationEvent Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action);

    SimulationEvent ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action);

    bool Cancel(SimulationEvent simulationEvent);
}
