using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// A remote silo's simulated clock: the time the call it serves carries (the driver stamps every call it makes, and
/// the request context flows into the calls grains make; a call to a CmkSim grain without one is refused by
/// <see cref="WorkDelivery"/>). Orleans reads this clock outside calls too (an activation that fails or deactivates
/// stamps the time): there it answers the latest time a call brought to this silo, since throwing would leave the
/// activation stuck half-deactivated and its callers hanging.
/// </summary>
internal sealed class RequestClock : TimeProvider
{
    private long _latestTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public override DateTimeOffset GetUtcNow()
    {
        if (SimulationCallContext.Time is { } time)
        {
            Seen(time);
            return time;
        }

        return new DateTimeOffset(Interlocked.Read(ref _latestTicks), TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Remembers the latest simulated time a call brought (the clock never goes back).</summary>
    public void Seen(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        long latest;
        while (ticks > (latest = Interlocked.Read(ref _latestTicks)) && Interlocked.CompareExchange(ref _latestTicks, ticks, latest) != latest)
        {
        }
    }
}
