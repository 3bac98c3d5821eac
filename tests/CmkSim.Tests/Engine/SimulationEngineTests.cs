using CmkSim.Engine.Randomness;
using CmkSim.Engine.Scheduling;
using CmkSim.Engine.Time;

namespace CmkSim.Tests.Engine;

public sealed class SimulationEngineTests
{
    [Fact]
    public async Task Events_scheduled_concurrently_for_the_same_time_run_in_one_order_every_run()
    {
        var first = await RunConcurrentSchedule(threadOrderSeed: 1);
        var second = await RunConcurrentSchedule(threadOrderSeed: 2);

        Assert.Equal(800, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_clock_moves_to_each_event_then_to_the_end_and_never_back()
    {
        var engine = new SimulationEngine(seed: 7);
        var seen = new List<DateTimeOffset>();
        engine.ScheduleAfter(TimeSpan.FromDays(4), "env-1", "encryption done", _ => Record(engine, seen));
        engine.ScheduleAfter(TimeSpan.FromHours(24), "key-1", "rollout done", _ => Record(engine, seen));

        await engine.RunUntilAsync(engine.Now + TimeSpan.FromDays(30));

        Assert.Equal([VirtualClock.DefaultEpoch.AddHours(24), VirtualClock.DefaultEpoch.AddDays(4)], seen);
        Assert.Equal(VirtualClock.DefaultEpoch.AddDays(30), engine.Now);
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Schedule(VirtualClock.DefaultEpoch, "late", "past", _ => Task.CompletedTask));
    }

    [Fact]
    public async Task Follow_up_events_cancel_and_failures_name_the_event()
    {
        var engine = new SimulationEngine(seed: 7);
        var ran = new List<string>();
        var cancelled = engine.ScheduleAfter(TimeSpan.FromHours(2), "env-1", "never", _ => { ran.Add("never"); return Task.CompletedTask; });
        engine.ScheduleAfter(TimeSpan.FromHours(1), "env-1", "first", _ =>
        {
            ran.Add("first");
            engine.ScheduleAfter(TimeSpan.Zero, "env-1", "follow-up", _ => { ran.Add("follow-up"); return Task.CompletedTask; });
            return Task.CompletedTask;
        });
        engine.ScheduleAfter(TimeSpan.FromHours(3), "env-2", "broken", _ => throw new InvalidOperationException("boom"));

        Assert.True(engine.Cancel(cancelled));
        var failure = await Assert.ThrowsAsync<SimulationEventFailedException>(() => engine.RunUntilAsync(engine.Now + TimeSpan.FromDays(1)));

        Assert.Equal(["first", "follow-up"], ran);
        Assert.Contains("'broken' of 'env-2'", failure.Message);
    }

    [Fact]
    public void The_virtual_clock_makes_no_timers()
    {
        Assert.Throws<NotSupportedException>(() => new VirtualClock().CreateTimer(_ => { }, null, TimeSpan.Zero, TimeSpan.Zero));
    }

    [Fact]
    public void Random_streams_depend_only_on_seed_and_purpose()
    {
        var a = new RandomStreams(42);
        var b = new RandomStreams(42);
        a.Stream("other").NextUInt64();

        var fromA = Enumerable.Range(0, 5).Select(_ => a.Stream("encryption").NextUInt64()).ToList();
        var fromB = Enumerable.Range(0, 5).Select(_ => b.Stream("encryption").NextUInt64()).ToList();
        var otherSeed = new RandomStreams(43).Stream("encryption").NextUInt64();

        Assert.Equal(fromA, fromB);
        Assert.NotEqual(fromA[0], otherSeed);
        Assert.InRange(new RandomStreams(1).Stream("d").NextDuration(TimeSpan.Zero, TimeSpan.FromDays(4)), TimeSpan.Zero, TimeSpan.FromDays(4));
    }

    private static Task Record(SimulationEngine engine, List<DateTimeOffset> seen)
    {
        seen.Add(engine.Now);
        return Task.CompletedTask;
    }

    private static async Task<List<string>> RunConcurrentSchedule(int threadOrderSeed)
    {
        var engine = new SimulationEngine(seed: 1);
        var order = new List<string>();
        var owners = Enumerable.Range(0, 8).OrderBy(i => (i * 7919 + threadOrderSeed * 104729) % 8).ToList();
        await Task.WhenAll(owners.Select(o => Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var label = $"owner-{o}/{i}";
                engine.ScheduleAfter(TimeSpan.FromHours(i % 3), $"owner-{o}", "tick", _ => { order.Add(label); return Task.CompletedTask; });
            }
        })));
        await engine.RunUntilAsync(engine.Now + TimeSpan.FromDays(1));
        return order;
    }
}
