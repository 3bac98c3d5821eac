using CmkSim.Engine.Randomness;
using CmkSim.Engine.Scheduling;
using CmkSim.Engine.Time;

namespace CmkSim.Tests.Engine;

public sealed class EventQueueTests
{
    private static readonly DateTimeOffset Epoch = VirtualClock.DefaultEpoch;

    [Fact]
    public void Eight_threads_racing_in_shuffled_order_give_one_dispatch_order()
    {
        var runs = Enumerable.Range(0, 5).Select(RaceEightThreads).ToList();

        Assert.Equal(8 * 200, runs[0].Count);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
        // Same due time: owners in ordinal order, each owner's events in the order it scheduled them.
        Assert.Equal(["owner-0/0", "owner-0/3", "owner-0/6"], runs[0].Take(3));
    }

    [Fact]
    public async Task Follow_ups_at_the_current_time_run_after_the_action_in_key_order()
    {
        var engine = new SimulationEngine(seed: 1);
        var ran = new List<string>();
        engine.ScheduleAfter(TimeSpan.FromHours(1), "b", "later-peer", _ => Log(ran, "b"));
        engine.ScheduleAfter(TimeSpan.FromHours(1), "a", "parent", _ =>
        {
            ran.Add("a");
            engine.ScheduleAfter(TimeSpan.Zero, "c", "follow-up", _ => Log(ran, "c"));
            engine.Schedule(engine.Now, "a", "follow-up", _ => Log(ran, "a again"));
            engine.ScheduleAfter(TimeSpan.FromMinutes(1), "a", "next", _ => Log(ran, $"a at {SimDuration.Format(engine.Now - Epoch)}"));
            return Task.CompletedTask;
        });

        var count = await engine.RunAllAsync();

        Assert.Equal(["a", "a again", "b", "c", "a at 1h1m"], ran);
        Assert.Equal(5, count);
        Assert.Equal(5, engine.EventsDispatched);
        Assert.Equal(Epoch.AddMinutes(61), engine.Now);
    }

    [Fact]
    public async Task A_cancelled_event_never_runs_and_cancelling_late_says_so()
    {
        var engine = new SimulationEngine(seed: 1);
        var ran = new List<string>();
        var cancelled = engine.ScheduleAfter(TimeSpan.FromHours(2), "env-1", "never", _ => Log(ran, "never"));
        var done = engine.ScheduleAfter(TimeSpan.FromHours(1), "env-1", "done", _ => Log(ran, "done"));

        Assert.True(engine.Cancel(cancelled));
        Assert.False(engine.Cancel(cancelled));
        await engine.RunUntilAsync(Epoch.AddDays(1));

        Assert.Equal(["done"], ran);
        Assert.False(engine.Cancel(done));
        Assert.Equal(SimulationEventState.Dispatched, done.State);
        Assert.Equal(SimulationEventState.Cancelled, cancelled.State);
        Assert.Equal(0, engine.Pending);
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused_and_at_now_is_allowed()
    {
        var engine = new SimulationEngine(seed: 1);
        await engine.RunUntilAsync(Epoch.AddDays(1));

        var past = Assert.Throws<ArgumentOutOfRangeException>(() => engine.Schedule(Epoch, "env-1", "late", _ => Task.CompletedTask));
        Assert.Contains("'late' of 'env-1'", past.Message);
        Assert.Contains("in the past", past.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.ScheduleAfter(TimeSpan.FromSeconds(-1), "env-1", "late", _ => Task.CompletedTask));

        var now = engine.Schedule(engine.Now, "env-1", "now", _ => Task.CompletedTask);
        Assert.Equal(1, await engine.RunAllAsync());
        Assert.Equal(SimulationEventState.Dispatched, now.State);
    }

    [Fact]
    public async Task Running_until_stops_before_later_events_and_sets_the_clock_to_the_end()
    {
        var engine = new SimulationEngine(seed: 1);
        var later = engine.ScheduleAfter(TimeSpan.FromDays(10), "env-1", "later", _ => Task.CompletedTask);

        await engine.RunUntilAsync(Epoch.AddDays(4));

        Assert.Equal(Epoch.AddDays(4), engine.Now);
        Assert.Equal(SimulationEventState.Pending, later.State);
        Assert.Equal(1, await engine.RunAllAsync());
        Assert.Equal(Epoch.AddDays(10), engine.Now);
    }

    [Fact]
    public async Task A_schedule_that_never_ends_hits_the_limit()
    {
        var engine = new SimulationEngine(seed: 1) { MaxEvents = 1_000 };
        engine.ScheduleAfter(TimeSpan.Zero, "loop", "again", Again);

        var failure = await Assert.ThrowsAsync<SimulationRunawayException>(() => engine.RunAllAsync());

        Assert.Equal(1_000, engine.EventsDispatched);
        Assert.Contains("never ends", failure.Message);
        Assert.Equal("again", failure.Next.Kind);
        Assert.Equal(1, engine.Pending);

        Task Again(CancellationToken _)
        {
            engine.ScheduleAfter(TimeSpan.Zero, "loop", "again", Again);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_failing_action_is_wrapped_with_the_event_it_came_from()
    {
        var engine = new SimulationEngine(seed: 1);
        engine.ScheduleAfter(TimeSpan.FromHours(3), "env-2", "broken", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("boom");
        });

        var failure = await Assert.ThrowsAsync<SimulationEventFailedException>(() => engine.RunUntilAsync(Epoch.AddDays(1)));

        Assert.Equal("broken", failure.Event.Kind);
        Assert.Equal("env-2", failure.Event.Owner);
        Assert.Equal(Epoch.AddHours(3), failure.Event.Due);
        Assert.Contains("'broken' of 'env-2' due 2026-01-01T03:00:00", failure.Message);
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        Assert.Equal(Epoch.AddHours(3), engine.Now);
    }

    [Fact]
    public async Task Dispatching_sees_every_event_before_it_runs()
    {
        var engine = new SimulationEngine(seed: 1);
        var seen = new List<string>();
        engine.Dispatching = e => seen.Add($"{e.Kind}@{SimDuration.Format(e.Due - Epoch)}={SimDuration.Format(engine.Now - Epoch)}");
        engine.ScheduleAfter(TimeSpan.FromDays(4), "env-1", "encrypted", _ => Task.CompletedTask);
        engine.ScheduleAfter(TimeSpan.FromHours(24), "key-1", "rolled out", _ => Task.CompletedTask);

        await engine.RunAllAsync();

        Assert.Equal(["rolled out@1d=1d", "encrypted@4d=4d"], seen);
    }

    [Fact]
    public async Task Cancelling_the_run_stops_before_the_next_event()
    {
        var engine = new SimulationEngine(seed: 1);
        using var stop = new CancellationTokenSource();
        engine.ScheduleAfter(TimeSpan.FromHours(1), "env-1", "stop", _ => { stop.Cancel(); return Task.CompletedTask; });
        var next = engine.ScheduleAfter(TimeSpan.FromHours(2), "env-1", "next", _ => Task.CompletedTask);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAllAsync(stop.Token));

        Assert.Equal(SimulationEventState.Pending, next.State);
        Assert.Equal(Epoch.AddHours(1), engine.Now);
    }

    [Fact]
    public async Task A_million_events_run()
    {
        const int Owners = 100;
        const int PerOwner = 10_000;
        var engine = new SimulationEngine(seed: 1);
        var random = new RandomStreams(1).Stream("million");
        var sum = 0L;
        for (var i = 0; i < Owners * PerOwner; i++)
        {
            var value = i;
            engine.ScheduleAfter(TimeSpan.FromSeconds(random.Next(86_400 * 365)), $"owner-{i % Owners}", "tick", _ =>
            {
                sum += value;
                return Task.CompletedTask;
            });
        }

        Assert.Equal(Owners * PerOwner, await engine.RunAllAsync());
        Assert.Equal((long)Owners * PerOwner * (Owners * PerOwner - 1) / 2, sum);
    }

    private static List<string> RaceEightThreads(int run)
    {
        var engine = new SimulationEngine(seed: 1);
        var order = new List<string>();
        var shuffle = new RandomStreams(run).Stream("shuffle");
        var startOrder = Enumerable.Range(0, 8).OrderBy(_ => shuffle.NextUInt64()).ToList();
        using var barrier = new Barrier(8);
        var threads = startOrder.Select(owner => new Thread(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < 200; i++)
            {
                var label = $"owner-{owner}/{i}";
                engine.ScheduleAfter(TimeSpan.FromHours(i % 3), $"owner-{owner}", "tick", _ => Log(order, label));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        engine.RunAllAsync().GetAwaiter().GetResult();
        return order;
    }

    private static Task Log(List<string> ran, string entry)
    {
        ran.Add(entry);
        return Task.CompletedTask;
    }
}
