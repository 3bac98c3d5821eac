
namespace CmkSim.Grains.Hosting;

/// <summary>
/// The clock registered for <c>TimeProviderNames.Grains</c>: the time is the simulation's, while timers go to a real
/// timer source. Orleans' own system targets register grain timers on this clock (e.g. the deployment load
/// publisher), and those must keep running; CmkSim's grains create none (a test guards it) and schedule through
/// the engine's queue instead.
/// </summary>
internal sealed class GrainClock(TimeProvider simulated, TimeProvider timers) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => simulated.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    // Timestamps stay real: Orleans measures its timers' elapsed time with them.
    public override long GetTimestamp() => timers.GetTimestamp();

    public override long TimestampFrequency => timers.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        timers.CreateTimer(callback, state, dueTime, period);
}
