namespace CmkSim.Engine.Time;

/// <summary>
/// The simulation's clock, installed as the grains' <see cref="TimeProvider"/>. Only the engine moves it, forward
/// only. It makes no timers: timed behaviour goes through the engine's event queue, so it stays deterministic.
/// </summary>
public sealed class VirtualClock(DateTimeOffset epoch) : TimeProvider
{
    public static readonly DateTimeOffset DefaultEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _ticks = epoch.UtcTicks;

    public VirtualClock() : this(DefaultEpoch)
    {
    }

    public DateTimeOffset Epoch { get; } = epoch;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        throw new NotSupportedException("The virtual clock makes no timers: schedule timed behaviour through the engine's event queue.");

    internal void AdvanceTo(DateTimeOffset time)
    {
        if (time.UtcTicks < Interlocked.Read(ref _ticks))
        {
            throw new InvalidOperationException($"The virtual clock can't go back from {GetUtcNow():O} to {time:O}.");
        }

        Interlocked.Exchange(ref _ticks, time.UtcTicks);
    }
}
