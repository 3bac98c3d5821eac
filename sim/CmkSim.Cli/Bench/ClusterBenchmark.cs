using System.Diagnostics;
using CmkSim.Cli.Commands;
using CmkSim.Contracts;
using CmkSim.Contracts.Bench;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Bench;

/// <summary>
/// <c>cmksim bench cluster</c>: what a grain call costs when it crosses processes, against the same call inside one
/// process, measured in one run. (a) bare calls on the embedded silo, K in flight; (b) the same calls from a cluster
/// client to K silo processes on loopback (with their own Redis). For each: calls per wall second and CPU per call,
/// summed over every process of the case (the client and the silos, and Redis), so the cost of crossing is counted on
/// both sides. A clustered load run crosses for every engine event, every delivery back to the driver and every call
/// between grains on different silos: CPU per crossing times those counts is a floor no placement removes.
/// </summary>
internal sealed class ClusterBenchmark(SiloHostOptions options, int silos, int calls, int inFlight, TextWriter output)
{
    private const int Grains = 1_000;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        Case embedded;
        await using (var silo = await EmbeddedSilo.StartAsync(options, cancellation))
        {
            embedded = await MeasureAsync(silo.Grains, [Environment.ProcessId]);
        }

        // The silos take calls from a run's driver only (the run's time and inbox ride with each call).
        await using var cluster = await ClusterLauncher.StartAsync(silos, redis: null, options.Hsm, ClusterCommandOptions.SiloProcess,
            client: client => client.AddCmkSimDriver(new SimulationEngine(seed: 0)), cancellation: cancellation);
        await using var run = ClusterGrainHost.Attach(cluster.Client!.Client);
        var processes = new List<int> { Environment.ProcessId };
        processes.AddRange(cluster.Silos.Select(s => s.ProcessId));
        if (cluster.RedisProcessId is { } redis)
        {
            processes.Add(redis);
        }

        var crossing = await MeasureAsync(run.Grains, processes);

        output.WriteLine($"cmksim bench cluster: {calls:N0} calls over {Grains:N0} grains, {inFlight} in flight, {Environment.ProcessorCount} cores; "
            + $"{silos} silo processes formed in {cluster.FormTime.TotalSeconds:0.0} s (pids {string.Join(' ', processes.Skip(1))}, stopped at the end)");
        output.WriteLine($"{"case",-46}{"per s",12}{"CPU µs each",13}{"vs (a)",9}");
        Row("(a) grain calls in one process (embedded)", embedded, embedded);
        Row($"(b) grain calls, client to {silos} silo processes", crossing, embedded);
        output.WriteLine($"one crossing costs {crossing.CpuMicroseconds - embedded.CpuMicroseconds:N0} CPU µs more than an in-process call (client, silos and Redis together)");
        return 0;
    }

    /// <summary>Warms every grain and path, then times <c>calls</c> calls and the CPU all <paramref name="processes"/> spent on them.</summary>
    private async Task<Case> MeasureAsync(IGrainFactory factory, IReadOnlyList<int> processes)
    {
        var grains = Enumerable.Range(0, Grains).Select(i => factory.Reference<IBenchCounterGrain>($"bench-{i:D4}")).ToArray();
        await Task.WhenAll(grains.Select(g => g.TickAsync()));
        await RateMeter.Count(inFlight, Math.Min(calls, 20_000), i => grains[i % grains.Length].TickAsync());
        GC.Collect();
        var before = Cpu(processes);
        var rate = await RateMeter.Count(inFlight, calls, i => grains[i % grains.Length].TickAsync());
        var cpu = Cpu(processes) - before;
        return new Case(rate, cpu.TotalMicroseconds / calls);
    }

    private static TimeSpan Cpu(IEnumerable<int> processes) => processes.Aggregate(TimeSpan.Zero, (sum, pid) =>
    {
        using var process = Process.GetProcessById(pid);
        return sum + process.TotalProcessorTime;
    });

    private void Row(string name, Case measured, Case baseline) =>
        output.WriteLine($"{name,-46}{measured.Rate,12:N0}{measured.CpuMicroseconds,13:N1}{measured.CpuMicroseconds / baseline.CpuMicroseconds,9:F2}");

    private sealed record Case(double Rate, double CpuMicroseconds);
}
