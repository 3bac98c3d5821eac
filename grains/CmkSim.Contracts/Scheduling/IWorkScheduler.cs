using CmkSim.Domain.Ports;

namespace CmkSim.Contracts.Scheduling;

/// <summary>
/// The grains' only way to act later: work as a record, put on the run's engine queue. Embedded, the engine is in the
/// silo's process; in a cluster it is in the driver's, and the record travels there. Either way the engine orders
/// events by (due, owner, owner's sequence), never by arrival, and times are the grains' simulated now.
/// </summary>
public interface IWorkScheduler
{
    /// <param name="due">Not before now; at now it runs after the current event.</param>
    /// <param name="owner">A stable name of who schedules (a grain's id): the tie-breaker for equal due times.</param>
    /// <param name="scope">Local only when the event changes nothing but its owner's state (see <see cref="EventScope"/>).</param>
    void Schedule(DateTimeOffset due, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive);

    /// <param name="delay">Zero or more; the work is due at now plus this.</param>
    void ScheduleAfter(TimeSpan delay, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive);
}
