using CmkSim.Contracts.Scheduling;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The running event's simulated time, carried in Orleans' request context: it flows into every grain call an event
/// makes and the calls those make, across silos too, so a grain serving a window's events (each due at its own time)
/// reads the time of the event it is serving. Outside an event the engine's clock answers.
/// </summary>
internal static class EventTimeContext
{
    public static void Wire(SimulationEngine engine)
    {
        engine.Entering = e => SimulationCallContext.SetTime(e.Due);
        engine.EventTime = () => SimulationCallContext.Time;
    }

    /// <summary>The grains' simulated clock: the engine's now, which is the running event's time inside a window.</summary>
    public sealed class Clock(SimulationEngine engine) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => engine.Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
