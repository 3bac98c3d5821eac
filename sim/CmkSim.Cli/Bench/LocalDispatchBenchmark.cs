using System.Diagnostics;
using System.Security.Cryptography;
using CmkSim.Domain.Ports;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Cli.Bench;

/// <summary>
/// The second half of <c>cmksim bench engine</c>: local events doing real CPU work (AES-GCM over a record-sized
/// buffer, as a record read or write does) dispatched with 1, 2 and 8 owners in flight, against the bare rate of the
/// same work on every core measured in the same run. Ratio near 1 with K ≥ cores: local dispatch uses every core.
/// The bare rate is what the cores can do, so it is taken fairly: warmed up (JIT tiers, AES key schedules), measured
/// in several cells before and after the engine cases (a neighbour's load or a GC only lowers a cell), and the best
/// cell is the baseline; the before and after figures are printed beside it.
/// </summary>
internal static class LocalDispatchBenchmark
{
    private const int Owners = 512;
    private const int PayloadBytes = 16 * 1024;
    private const int SealsPerEvent = 8;
    private const int BareCells = 3;
    private static readonly TimeSpan Cell = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BareWarmUp = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(int events, TextWriter output, CancellationToken cancellation)
    {
        RateMeter.OnThreads(Environment.ProcessorCount, BareWarmUp, NewWork); // JIT warm-up of the bare loop
        var before = BestBare();
        await Dispatch(Math.Min(events, 2_000), 2, cancellation); // JIT and thread-pool warm-up
        var rates = new List<(int InFlight, double Rate)>();
        foreach (var inFlight in new[] { 1, 2, 8 })
        {
            rates.Add((inFlight, await Dispatch(events, inFlight, cancellation)));
        }

        var after = BestBare();
        var bare = Math.Max(before, after);
        output.WriteLine();
        output.WriteLine($"local events, each {SealsPerEvent} AES-256-GCM seals of {PayloadBytes / 1024} KiB, over {Owners} owners; bare: the same work on {Environment.ProcessorCount} threads,");
        output.WriteLine($"warmed up, best of {BareCells} cells of {Cell.TotalSeconds:0.#} s before and {BareCells} after the engine cases (the best: load from elsewhere only lowers a cell)");
        output.WriteLine($"{"local case",-44}{"in flight",10}{"per s",12}{"of bare",9}");
        output.WriteLine($"{"(e) bare work, every core, best",-44}{Environment.ProcessorCount,10}{bare,12:N0}{1.0,9:F3}");
        output.WriteLine($"{"    bare, best before the engine cases",-44}{Environment.ProcessorCount,10}{before,12:N0}{before / bare,9:F3}");
        output.WriteLine($"{"    bare, best after the engine cases",-44}{Environment.ProcessorCount,10}{after,12:N0}{after / bare,9:F3}");
        foreach (var (inFlight, rate) in rates)
        {
            output.WriteLine($"{$"(f) local engine events",-44}{inFlight,10}{rate,12:N0}{rate / bare,9:F3}");
        }
    }

    /// <summary>The best of <see cref="BareCells"/> cells of the bare work on every core, after the heap is settled.</summary>
    private static double BestBare()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Enumerable.Range(0, BareCells).Max(_ => RateMeter.OnThreads(Environment.ProcessorCount, Cell, NewWork));
    }

    private static Action NewWork() => new Work().Run;

    /// <summary>Events per second through an engine whose local events of one hour form windows.</summary>
    private static async Task<double> Dispatch(int count, int inFlight, CancellationToken cancellation)
    {
        var engine = new SimulationEngine(seed: 0) { InFlight = inFlight, Lookahead = TimeSpan.FromHours(1) };
        var works = Enumerable.Range(0, Owners).Select(_ => new Work()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var work = works[i % Owners];
            // Ten events per owner per simulated hour, spread over the hour: windows of about Owners × 10 events.
            engine.Schedule(engine.Now + TimeSpan.FromSeconds(i * 3600.0 / (Owners * 10)), $"owner-{i % Owners:D3}", "bench.seal",
                _ =>
                {
                    work.Run();
                    return Task.CompletedTask;
                }, EventScope.Local);
        }

        var clock = Stopwatch.StartNew();
        var ran = await engine.RunAllAsync(cancellation);
        if (ran != count)
        {
            throw new InvalidOperationException($"the engine ran {ran} of {count} events");
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>One owner's AES-GCM work: its own key and buffers, so owners share nothing.</summary>
    private sealed class Work
    {
        private readonly AesGcm _aes = new(RandomNumberGenerator.GetBytes(32), 16);
        private readonly byte[] _plain = RandomNumberGenerator.GetBytes(PayloadBytes);
        private readonly byte[] _cipher = new byte[PayloadBytes];
        private readonly byte[] _nonce = new byte[12];
        private readonly byte[] _tag = new byte[16];

        public void Run()
        {
            for (var i = 0; i < SealsPerEvent; i++)
            {
                _nonce[0]++;
                _aes.Encrypt(_nonce, _plain, _cipher, _tag);
            }
        }
    }
}
