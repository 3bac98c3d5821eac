using System.Diagnostics;

namespace CmkSim.Cli.Bench;

/// <summary>Runs an operation on N threads (or N async callers) for a fixed wall time and returns operations per second.</summary>
internal static class RateMeter
{
    /// <summary><paramref name="worker"/> is set up once per thread and returns the operation that thread repeats.</summary>
    public static double OnThreads(int threads, TimeSpan duration, Func<Action> worker)
    {
        long total = 0;
        using var ready = new Barrier(threads + 1);
        var elapsed = TimeSpan.Zero;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            var operation = worker();
            ready.SignalAndWait();
            var watch = Stopwatch.StartNew();
            long count = 0;
            while (watch.Elapsed < duration)
            {
                operation();
                count++;
            }

            Interlocked.Add(ref total, count);
        })).ToList();
        workers.ForEach(t => t.Start());
        ready.SignalAndWait();
        var clock = Stopwatch.StartNew();
        workers.ForEach(t => t.Join());
        elapsed = clock.Elapsed;
        return total / elapsed.TotalSeconds;
    }

    public static async Task<double> InFlight(int callers, TimeSpan duration, Func<Task> operation)
    {
        long total = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            long count = 0;
            while (clock.Elapsed < duration)
            {
                await operation();
                count++;
            }

            Interlocked.Add(ref total, count);
        }));
        return total / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Runs <paramref name="operations"/> calls (each given its index 0..operations-1), at most
    /// <paramref name="callers"/> at a time, and returns calls per second: a fixed amount of work, so runs compare.
    /// </summary>
    public static async Task<double> Count(int callers, long operations, Func<long, Task> operation)
    {
        long next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < operations)
            {
                await operation(i);
            }
        }));
        return operations / clock.Elapsed.TotalSeconds;
    }
}
