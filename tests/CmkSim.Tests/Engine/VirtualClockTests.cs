using CmkSim.Engine.Scheduling;
using CmkSim.Engine.Time;

namespace CmkSim.Tests.Engine;

public sealed class VirtualClockTests
{
    [Fact]
    public void It_starts_at_the_epoch_in_utc()
    {
        var epoch = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var clock = new VirtualClock(epoch);

        Assert.Equal(epoch, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(TimeZoneInfo.Utc, clock.LocalTimeZone);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new VirtualClock().GetUtcNow());
    }

    [Fact]
    public void It_refuses_to_go_back()
    {
        var clock = new VirtualClock();
        clock.AdvanceTo(VirtualClock.DefaultEpoch.AddHours(1));
        clock.AdvanceTo(VirtualClock.DefaultEpoch.AddHours(1));

        Assert.Throws<InvalidOperationException>(() => clock.AdvanceTo(VirtualClock.DefaultEpoch.AddMinutes(59)));
        Assert.Equal(VirtualClock.DefaultEpoch.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task Elapsed_time_agrees_with_simulated_time()
    {
        var engine = new SimulationEngine(seed: 3);
        var start = engine.Clock.GetTimestamp();

        await engine.RunUntilAsync(engine.Now + SimDuration.Parse("28d12h"));

        Assert.Equal(SimDuration.Parse("28d12h"), engine.Clock.GetElapsedTime(start));
    }

    [Fact]
    public async Task Across_a_random_schedule_the_clock_only_moves_forward()
    {
        var engine = new SimulationEngine(seed: 11);
        var random = engine.Random.Stream("schedule");
        var seen = new List<DateTimeOffset>();
        for (var i = 0; i < 2_000; i++)
        {
            engine.ScheduleAfter(random.NextDuration(TimeSpan.Zero, TimeSpan.FromDays(30)), $"owner-{i % 17}", "tick", _ =>
            {
                seen.Add(engine.Now);
                return Task.CompletedTask;
            });
        }

        await engine.RunAllAsync();

        Assert.Equal(2_000, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public void It_makes_no_timers_and_says_where_timed_behaviour_goes()
    {
        var failure = Assert.Throws<NotSupportedException>(() => new VirtualClock().CreateTimer(_ => { }, null, TimeSpan.Zero, TimeSpan.Zero));

        Assert.Contains("event queue", failure.Message);
    }
}
