using CmkSim.Contracts;
using System.Diagnostics;
using CmkSim.Contracts.Bench;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Bench;

/// <summary>
/// <c>cmksim bench engine</c>: what the discrete-event engine costs, measured in one run on the embedded silo.
/// (a) bare grain calls with K in flight, (d) the same calls one at a time, (b) the same calls each made by an
/// engine event (strictly one at a time, by design), (c) engine events that make no call. (b)/(d) is the engine's
/// overhead on sequential dispatch; (b)/(a) is what strict determinism costs against K calls in flight. Then
/// (e)/(f): local events doing CPU work, 1, 2 and 8 in flight, against that work's bare rate on every core.
/// </summary>
internal sealed class EngineBenchmark(SiloHostOptions options, int events, int inFlight, TextWriter output)
{
    private const int MaxGrains = 1_000;

    // Due times are scattered over this much simulated time, so the queue really orders events rather than appending.
    // Not a rule's duration: any long spread would do; it is not LK-02's or EN-05's 30 days.
    private static readonly TimeSpan Spread = TimeSpan.FromDays(30);

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        await using var silo = await EmbeddedSilo.StartAsync(options, cancellation);
        var keys = Enumerable.Range(0, Math.Min(MaxGrains, events)).Select(i => $"bench-{i:D4}").ToArray();
        var grains = keys.Select(k => silo.Grains.Reference<IBenchCounterGrain>(k)).ToArray();

        // Activate every grain and JIT every path first, so no measurement pays for a first call.
        await Task.WhenAll(grains.Select(g => g.TickAsync()));
        var warmUp = Math.Min(events, 5_000);
        await RateMeter.Count(inFlight, warmUp, i => grains[i % grains.Length].TickAsync());
        await RateMeter.Count(1, warmUp, i => grains[i % grains.Length].TickAsync());
        await ThroughEngine(keys, grains, warmUp, call: true, cancellation);
        await ThroughEngine(keys, grains, warmUp, call: false, cancellation);

        Settle();
        var parallel = await RateMeter.Count(inFlight, events, i => grains[i % grains.Length].TickAsync());
        Settle();
        var sequential = await RateMeter.Count(1, events, i => grains[i % grains.Length].TickAsync());
        Settle();
        var (schedule, engine) = await ThroughEngine(keys, grains, events, call: true, cancellation);
        Settle();
        var (emptySchedule, empty) = await ThroughEngine(keys, grains, events, call: false, cancellation);

        output.WriteLine($"cmksim bench engine: {events:N0} events over {grains.Length:N0} grains, (a) with {inFlight} in flight, {Environment.ProcessorCount} cores");
        output.WriteLine($"{"case",-44}{"in flight",10}{"per s",12}{"ns each",10}{"(b)/(d)",9}{"(b)/(a)",9}");
        Row("(a) grain calls, bare", inFlight, parallel);
        Row("(d) grain calls, bare, one at a time", 1, sequential);
        Row("(b) engine events, one grain call each", 1, engine, $"{engine / sequential,9:F3}{engine / parallel,9:F3}");
        Row("(c) engine events, no grain call", 1, empty);
        Row("    scheduling, before (b)", 1, schedule);
        Row("    scheduling, before (c)", 1, emptySchedule);
        await LocalDispatchBenchmark.RunAsync(events, output, cancellation);
        return 0;
    }

    /// <summary>Schedules <paramref name="count"/> events on a fresh engine, then runs them all.</summary>
    /// <returns>Events scheduled per second and events dispatched per second.</returns>
    private static async Task<(double Schedule, double Dispatch)> ThroughEngine(
        string[] keys, IBenchCounterGrain[] grains, int count, bool call, CancellationToken cancellation)
    {
        var engine = new SimulationEngine(seed: 0);
        Func<CancellationToken, Task> nothing = static _ => Task.CompletedTask;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var grain = grains[i % grains.Length];
            engine.Schedule(engine.Now + Scatter(i), keys[i % keys.Length], "bench.tick", call ? _ => grain.TickAsync() : nothing);
        }

        var scheduled = clock.Elapsed;
        clock.Restart();
        var ran = await engine.RunAllAsync(cancellation);
        var dispatched = clock.Elapsed;
        if (ran != count)
        {
            // The bench would be measuring the wrong thing; not a timing assertion.
            throw new InvalidOperationException($"the engine ran {ran} of {count} events");
        }

        return (count / scheduled.TotalSeconds, count / dispatched.TotalSeconds);
    }

    // A multiplicative hash of the index: due times land all over the spread, deterministically.
    private static TimeSpan Scatter(int i) =>
        TimeSpan.FromTicks((long)(unchecked((ulong)i * 0x9E3779B97F4A7C15UL) % (ulong)Spread.Ticks));

    // Garbage from the previous measurement is collected now, not in the middle of the next one.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private void Row(string name, int n, double rate, string ratios = "") =>
        output.WriteLine($"{name,-44}{n,10}{rate,12:N0}{1e9 / rate,10:N0}{ratios}");
}
