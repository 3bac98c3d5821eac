using CmkSim.Contracts.Scheduling;
using CmkSim.Domain.Ports;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The embedded path: a record scheduled by a grain goes straight onto the engine in this process, as the closure
/// that makes its one call through the silo's own grain factory. Same owner, kind, due and scope as the record says,
/// in the order the grain scheduled it: the queue is exactly what it was when grains scheduled closures.
/// </summary>
internal sealed class EngineWorkScheduler(SimulationEngine engine, IGrainFactory grains) : IWorkScheduler
{
    public void Schedule(DateTimeOffset due, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive) =>
        engine.Schedule(due, owner, work.Kind, _ => work.RunAsync(grains), scope);

    public void ScheduleAfter(TimeSpan delay, string owner, ScheduledWork work, EventScope scope = EventScope.Exclusive) =>
        engine.ScheduleAfter(delay, owner, work.Kind, _ => work.RunAsync(grains), scope);
}
