using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// A remote silo's simulated clock: the time the call it serves carries (the driver stamps every call it makes, and
/// the request context flows into the calls grains make). A grain reading the time outside such a call is a bug, so
/// it fails loudly instead of guessing.
/// </summary>
internal sealed class RequestClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        SimulationCallContext.Time ?? throw new InvalidOperationException(
            "a grain read the simulated time outside a call from the run's driver: the call carried no time in its request context");

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
