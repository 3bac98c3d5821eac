using CmkSim.Domain.Ports;
using CmkSim.Engine.Scheduling;
using CmkSim.Engine.Time;

namespace CmkSim.Tests.Engine;

/// <summary>
/// Local events due at one instant run concurrently, up to InFlight owners at once, each owner's in order; exclusive
/// events run alone; what a batch schedules runs in key order; the same batches at every degree of parallelism.
/// </summary>
public sealed class LocalBatchTests
{
    private static readonly DateTimeOffset Epoch = VirtualClock.DefaultEpoch;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Local_events_of_different_owners_at_one_instant_run_at_the_same_time()
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = 2 };
        var bothStarted = new CountdownEvent(2);
        foreach (var owner in new[] { "env-a", "env-b" })
        {
            // Each waits until the other has started: only concurrent dispatch lets both finish.
            engine.Schedule(Epoch.AddHours(1), owner, "meet", _ => Task.Run(() =>
            {
                bothStarted.Signal();
                Assert.True(bothStarted.Wait(Generous), "the other owner's local event never started beside this one");
            }), EventScope.Local);
        }

        Assert.Equal(2, await engine.RunAllAsync());
        Assert.Equal((1, 2), engine.LocalBatches);
    }

    [Fact]
    public async Task Exclusive_events_run_alone_and_one_owners_events_run_in_order()
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = 8 };
        var running = 0;
        var overlapsWithExclusive = 0;
        var log = new List<string>();
        var at = Epoch.AddHours(1);

        async Task Local(string name)
        {
            Interlocked.Increment(ref running);
            await Task.Delay(5);
            lock (log)
            {
                log.Add(name);
            }

            Interlocked.Decrement(ref running);
        }

        Task Exclusive(string name)
        {
            if (Volatile.Read(ref running) != 0)
            {
                Interlocked.Increment(ref overlapsWithExclusive);
            }

            lock (log)
            {
                log.Add(name);
            }

            return Task.CompletedTask;
        }

        for (var i = 0; i < 4; i++)
        {
            var owner = $"env-{i}";
            engine.Schedule(at, owner, "first", _ => Local($"{owner}/1"), EventScope.Local);
            engine.Schedule(at, owner, "second", _ => Local($"{owner}/2"), EventScope.Local);
        }

        // Between env-1 and env-2 in key order: a barrier splitting the instant's locals into two batches.
        engine.Schedule(at, "env-1~vault", "rotate", _ => Exclusive("barrier"));

        await engine.RunAllAsync();

        Assert.Equal(0, overlapsWithExclusive);
        var barrier = log.IndexOf("barrier");
        Assert.Equal(["env-0/1", "env-0/2", "env-1/1", "env-1/2"], log.Take(barrier).Order(StringComparer.Ordinal));
        Assert.Equal(["env-2/1", "env-2/2", "env-3/1", "env-3/2"], log.Skip(barrier + 1).Order(StringComparer.Ordinal));
        for (var i = 0; i < 4; i++)
        {
            Assert.True(log.IndexOf($"env-{i}/1") < log.IndexOf($"env-{i}/2"), $"env-{i}'s events ran out of order");
        }

        Assert.Equal((2, 8), engine.LocalBatches);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public async Task What_a_batch_schedules_runs_in_key_order_whatever_the_degree(int inFlight)
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = inFlight };
        var followUps = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var owner = $"env-{i:D2}";
            var delay = 20 - i; // the last owner finishes first: completion order is the reverse of key order
            engine.Schedule(Epoch.AddHours(1), owner, "work", async _ =>
            {
                await Task.Delay(delay);
                engine.ScheduleAfter(TimeSpan.Zero, owner, "follow-up", _ =>
                {
                    followUps.Add(owner); // exclusive: one at a time, so the list needs no lock
                    return Task.CompletedTask;
                });
            }, EventScope.Local);
        }

        await engine.RunAllAsync();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"env-{i:D2}"), followUps);
    }

    [Fact]
    public async Task A_failing_batch_reports_its_first_failed_event_in_key_order()
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = 4 };
        engine.Schedule(Epoch.AddHours(1), "env-b", "fails late", async _ =>
        {
            await Task.Delay(50);
            throw new InvalidOperationException("b");
        }, EventScope.Local);
        engine.Schedule(Epoch.AddHours(1), "env-c", "fails at once", _ => throw new InvalidOperationException("c"), EventScope.Local);
        engine.Schedule(Epoch.AddHours(1), "env-a", "fine", _ => Task.CompletedTask, EventScope.Local);

        var failed = await Assert.ThrowsAsync<SimulationEventFailedException>(() => engine.RunAllAsync());

        Assert.Equal("env-b", failed.Event.Owner);
    }

    [Fact]
    public async Task Within_the_lookahead_local_events_at_different_times_run_together_each_at_its_own_time()
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = 2, Lookahead = TimeSpan.FromHours(1) };
        var bothStarted = new CountdownEvent(2);
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>();
        foreach (var (owner, minutes) in new[] { ("env-a", 10), ("env-b", 50) })
        {
            engine.Schedule(Epoch.AddMinutes(minutes), owner, "meet", async _ =>
            {
                seen[owner] = engine.Now;
                await Task.Run(() => Assert.True(bothStarted.Signal() || bothStarted.Wait(Generous), "the other window event never started"));
                seen[owner + " after"] = engine.Now; // still its own time after an await
            }, EventScope.Local);
        }

        // Past the lookahead of the first: a window of its own.
        engine.Schedule(Epoch.AddMinutes(71), "env-c", "later", _ => Task.CompletedTask, EventScope.Local);

        await engine.RunAllAsync();

        Assert.Equal(Epoch.AddMinutes(10), seen["env-a"]);
        Assert.Equal(Epoch.AddMinutes(10), seen["env-a after"]);
        Assert.Equal(Epoch.AddMinutes(50), seen["env-b"]);
        Assert.Equal(Epoch.AddMinutes(50), seen["env-b after"]);
        Assert.Equal((1, 2), engine.LocalBatches);
        Assert.Equal(Epoch.AddMinutes(71), engine.Now);
    }

    [Fact]
    public async Task An_exclusive_event_ends_a_window_and_a_straggler_runs_after_it_at_its_own_time()
    {
        var engine = new SimulationEngine(seed: 1) { InFlight = 4, Lookahead = TimeSpan.FromHours(1) };
        var log = new List<string>();
        void Log(string entry)
        {
            lock (log)
            {
                log.Add(entry);
            }
        }

        engine.Schedule(Epoch.AddMinutes(10), "env-a", "schedules a straggler", _ =>
        {
            engine.ScheduleAfter(TimeSpan.FromMinutes(5), "env-a", "straggler", _ =>
            {
                Log($"straggler at {engine.Now - Epoch}");
                return Task.CompletedTask;
            });
            return Task.CompletedTask;
        }, EventScope.Local);
        engine.Schedule(Epoch.AddMinutes(20), "env-b", "in the window", _ =>
        {
            Log("env-b");
            return Task.CompletedTask;
        }, EventScope.Local);
        engine.Schedule(Epoch.AddMinutes(30), "vault", "barrier", _ =>
        {
            Log("barrier");
            return Task.CompletedTask;
        });
        engine.Schedule(Epoch.AddMinutes(40), "env-c", "after the barrier", _ =>
        {
            Log("env-c");
            return Task.CompletedTask;
        }, EventScope.Local);

        await engine.RunAllAsync();

        Assert.Equal(["env-b", "straggler at 00:15:00", "barrier", "env-c"], log);
        Assert.Equal(1, engine.Stragglers);
    }

    [Fact]
    public void In_flight_must_be_at_least_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationEngine(seed: 1) { InFlight = 0 });
}
