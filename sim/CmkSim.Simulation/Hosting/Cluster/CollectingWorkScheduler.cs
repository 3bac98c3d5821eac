using CmkSim.Contracts.Scheduling;
using CmkSim.Domain.Ports;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// A remote silo's scheduler: it holds no engine; what a grain schedules joins the current call's
/// <see cref="WorkCollector"/>, due at an absolute simulated time (now is the call's time, as the engine's now would be).
/// </summary>
internal sealed class CollectingWorkScheduler(TimeProvider clock) : IWorkScheduler
{
    public void Schedule(DateTimeOffset due, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        var collector = WorkCollector.Current
            ?? throw new InvalidOperationException($"'{work.Kind}' of '{owner}' was scheduled outside a call from the run's driver");
        collector.Add(new ScheduledEntry(due, owner, work, scope));
    }

    public void ScheduleAfter(TimeSpan delay, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, $"'{work.Kind}' of '{owner}' has a negative delay: events can't be scheduled in the past.");
        }

        Schedule(clock.GetUtcNow() + delay, owner, work, scope);
    }
}
