using System.Diagnostics;
using System.Globalization;
using System.Text;
using CmkSim.Cli.Commands;
using CmkSim.Cli.Runs;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Grains.Hosting;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;

namespace CmkSim.Cli.Load;

/// <summary>
/// <c>cmksim load</c>: runs the <see cref="LoadWorkload"/> as a scenario (its signed report folder as any other) and
/// adds <c>load.json</c> and <c>load.md</c>: wall time, events per second, HSM operations, peak RSS, and the ratio of
/// the run to the bound its own HSM work sets at the bare PKCS#11 rates measured in the same run on every core.
/// </summary>
internal sealed class LoadBenchmark(LoadWorkload workload, HsmOptions hsm, string outFolder, ReportSigner signer, TextWriter output,
    int inFlight = ScenarioRunner.DefaultInFlight)
{
    /// <summary>Where the grains run (<c>--silos</c>, <c>--cluster</c>); the embedded silo when null.</summary>
    public CmkSim.Simulation.Hosting.GrainHostFactory? Host { get; init; }

    /// <summary>Per-silo figures of a clustered run, written as <c>cluster.json</c> and <c>cluster.md</c> (ClusterFigures).</summary>
    public CmkSim.Simulation.Hosting.ClusterRunStats? ClusterStats { get; init; }

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        // The workload is a scenario file of our own, in a private folder of our own, removed at the end.
        var folder = Directory.CreateTempSubdirectory("cmksim-load-");
        try
        {
            var file = Path.Combine(folder.FullName, workload.Name + ".yaml");
            await File.WriteAllTextAsync(file, workload.ToYaml(), cancellation);
            var input = ScenarioInput.Load(file, 1);
            if (input.Scenario is not { } scenario)
            {
                throw new InvalidOperationException("the generated load scenario is invalid (a bug in cmksim load): "
                    + string.Join("; ", input.Errors.Select(e => e.ToString())));
            }

            output.WriteLine($"cmksim load: {workload.Environments:N0} environments, {workload.Policies} policies, {workload.Vaults} vaults, " +
                             $"{workload.Days} days, seed {workload.Seed}, {Environment.ProcessorCount} cores, {inFlight} in flight");
            var plan = RunPlan.Create(outFolder, [(scenario.Name, scenario.NameLocation.ToString())]);
            LoadFigures? figures = null;
            // Bare RSA probed before, during and after the run: the machine's speed moves while a run lasts.
            using var bare = new LoadBareRates(hsm, inFlight);
            bare.MeasureBefore();
            var observer = new RunCpuObserver(new ConsoleBatchObserver(output));
            var recordsBefore = RecordCipherCounts.Snapshot();
            var callsBefore = GrainCallCounter.Total;
            using var trace = LoadTrace.FromEnvironment();
            var phases = new PhaseClock(trace);
            var batch = new ScenarioBatch(hsm, plan, 1, RunWallClock.Real, observer, signer, (result, reportFolder) =>
            {
                figures = Measure(result, bare, observer, phases, recordsBefore, callsBefore, cancellation);
                var files = Write(figures, reportFolder, file);
                return ClusterStats is { } stats ? [.. files, .. ClusterFigures.Write(stats, reportFolder)] : files;
            })
            {
                InFlight = inFlight,
                Host = Host,
                // Probes during the run need its HSM work counted in this process: on silo processes, before and after only.
                Trace = Host is null ? new RateProbeTrace(bare, phases) : phases,
            };
            var results = await batch.RunAsync([scenario], null, cancellation);
            Print(figures!);
            if (ClusterStats is { } clusterStats)
            {
                ClusterFigures.Print(clusterStats, output);
            }
            return results.All(r => r.Passed) ? CliErrors.Ok : CliErrors.ExpectationFailed;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private LoadFigures Measure(ScenarioRunResult result, LoadBareRates bare, RunCpuObserver run, PhaseClock phases, RecordCipherTotals recordsBefore, long callsBefore, CancellationToken cancellation)
    {
        // The run's counts and peak before the bare-rate measurements add anything to either.
        var records = RecordCipherCounts.Snapshot() - recordsBefore;
        var calls = GrainCallCounter.Total - callsBefore;
        if (ClusterStats?.LastTotals() is { } silos)
        {
            // On silo processes the records are sealed and opened, and the grains called, there: their counts, summed.
            (calls, records) = silos;
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        // The batch asks for the extra files synchronously; the grain-call rate needs a silo of its own, hence the wait.
        var bound = Task.Run(() => bare.BoundAsync(result.Latencies.Unwraps, result.Latencies.Wraps, records, calls, cancellation))
            .GetAwaiter().GetResult();
        // The probes taken during the run held it up: their wall and CPU time are not the run's.
        return new LoadFigures(result.Inventory.Count, (result.End - result.Start).TotalDays, result.WallSeconds - bare.ProbeWall.TotalSeconds,
            result.EventsDispatched, peak, Environment.ProcessorCount, inFlight, result.LocalWindows.Windows, result.LocalWindows.Events,
            result.ViewFetches, bound, (run.CpuTime - bare.ProbeCpu).TotalSeconds, bare.Probes, bare.ProbeWall.TotalSeconds,
            run.GcPauses.TotalSeconds, run.Gen0Collections, run.Gen2Collections, run.AllocatedBytes,
            run.JitTime.TotalSeconds, run.JitMethods,
            // On silo processes the work is counted there, not per phase: the phases then give time only.
            LoadPhase.From(phases.Marks, bound, priced: Host is null, new HashSet<string> { RateProbeTrace.Probe }));
    }

    private static IReadOnlyList<string> Write(LoadFigures f, string folder, string scenarioFile)
    {
        var json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("environments", f.Environments);
            w.WriteNumber("simulatedDays", f.SimulatedDays);
            w.WriteNumber("wallSeconds", Math.Round(f.WallSeconds, 3));
            w.WriteNumber("eventsDispatched", f.EventsDispatched);
            w.WriteNumber("eventsPerSecond", Math.Round(f.EventsPerSecond, 1));
            w.WriteNumber("hsmWraps", f.Term(LoadBareRates.Wrap).Count);
            w.WriteNumber("hsmUnwraps", f.Term(LoadBareRates.Unwrap).Count);
            w.WriteNumber("bareRsa2048UnwrapsPerSecond", Math.Round(f.Term(LoadBareRates.Unwrap).BarePerSecond, 1));
            w.WriteNumber("bareRsa2048WrapsPerSecond", Math.Round(f.Term(LoadBareRates.Wrap).BarePerSecond, 1));
            w.WriteNumber("recordSeals", f.Term(LoadBareRates.Seal).Count);
            w.WriteNumber("recordOpens", f.Term(LoadBareRates.Open).Count);
            w.WriteNumber("grainCalls", f.Term(LoadBareRates.GrainCall).Count);
            w.WriteNumber("processCpuSeconds", Math.Round(f.CpuSeconds, 1));
            w.WriteNumber("coresUsed", Math.Round(f.CoresUsed, 2));
            w.WriteNumber("gcPauseSeconds", Math.Round(f.GcPauseSeconds, 2));
            w.WriteNumber("gen0Collections", f.Gen0Collections);
            w.WriteNumber("gen2Collections", f.Gen2Collections);
            w.WriteNumber("allocatedBytes", f.AllocatedBytes);
            w.WriteNumber("jitSeconds", Math.Round(f.JitSeconds, 2));
            w.WriteNumber("jitMethods", f.JitMethods);
            w.WriteNumber("bareRsa2048UnwrapsPerSecondBefore", Math.Round(f.RsaBefore.UnwrapsPerSecond, 1));
            w.WriteNumber("bareRsa2048UnwrapsPerSecondAfter", Math.Round(f.RsaAfter.UnwrapsPerSecond, 1));
            w.WriteNumber("bareRsa2048WrapsPerSecondBefore", Math.Round(f.RsaBefore.WrapsPerSecond, 1));
            w.WriteNumber("bareRsa2048WrapsPerSecondAfter", Math.Round(f.RsaAfter.WrapsPerSecond, 1));
            w.WriteNumber("probeSecondsNotCounted", Math.Round(f.ProbeSeconds, 3));
            w.WriteStartArray("rsaProbes");
            foreach (var probe in f.RsaProbes)
            {
                w.WriteStartObject();
                w.WriteNumber("atSeconds", Math.Round(probe.At.TotalSeconds, 3));
                w.WriteNumber("unwrapsDone", probe.Unwraps);
                w.WriteNumber("wrapsDone", probe.Wraps);
                w.WriteNumber("unwrapsPerSecond", Math.Round(probe.UnwrapsPerSecond, 1));
                w.WriteNumber("wrapsPerSecond", Math.Round(probe.WrapsPerSecond, 1));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("cores", f.Cores);
            w.WriteNumber("inFlight", f.InFlight);
            w.WriteNumber("localWindows", f.LocalWindows);
            w.WriteNumber("localWindowEvents", f.LocalWindowEvents);
            w.WriteNumber("environmentViewFetches", f.ViewFetches);
            w.WriteStartArray("bound");
            foreach (var term in f.Bound.Terms)
            {
                w.WriteStartObject();
                w.WriteString("work", term.Name);
                w.WriteNumber("count", term.Count);
                w.WriteNumber("barePerSecond", Math.Round(term.BarePerSecond, 1));
                w.WriteNumber("seconds", Math.Round(term.Seconds, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("phases");
            foreach (var phase in f.Phases)
            {
                w.WriteStartObject();
                w.WriteString("phase", phase.Name);
                w.WriteNumber("wallSeconds", Math.Round(phase.WallSeconds, 3));
                w.WriteNumber("cpuSeconds", Math.Round(phase.CpuSeconds, 3));
                w.WriteNumber("gcPauseSeconds", Math.Round(phase.GcPauseSeconds, 3));
                if (phase.BoundSeconds is { } bound)
                {
                    // The work and its bound only when this process did it (not on silo processes).
                    w.WriteNumber("hsmUnwraps", phase.Unwraps);
                    w.WriteNumber("hsmWraps", phase.Wraps);
                    w.WriteNumber("recordSeals", phase.Seals);
                    w.WriteNumber("recordOpens", phase.Opens);
                    w.WriteNumber("grainCalls", phase.GrainCalls);
                    w.WriteNumber("boundSeconds", Math.Round(bound, 3));
                    w.WriteNumber("ratioToBound", Math.Round(phase.Ratio ?? 0, 4));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("boundSeconds", Math.Round(f.BoundSeconds, 3));
            w.WriteNumber("ratioToBound", Math.Round(f.Ratio, 4));
            w.WriteNumber("rsaOnlyBoundSeconds", Math.Round(f.RsaOnlyBoundSeconds, 3));
            w.WriteNumber("rsaOnlyRatioToBound", Math.Round(f.RsaOnlyRatio, 4));
            w.WriteNumber("peakRssBytes", f.PeakRssBytes);
            w.WriteNumber("kilobytesPerEnvironment", Math.Round(f.KilobytesPerEnvironment, 1));
            w.WriteEndObject();
        });
        File.WriteAllText(Path.Combine(folder, "load.json"), json + "\n");
        var md = new StringBuilder("# Load run\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Wall-clock figures of this run on this machine ({f.Cores} cores); the simulated results are in report.md.\n\n");
        md.Append("| figure | value |\n|---|---|\n");
        md.Append(CultureInfo.InvariantCulture, $"| environments | {f.Environments:N0} over {f.SimulatedDays:0.#} simulated days |\n");
        md.Append(CultureInfo.InvariantCulture, $"| wall time | {f.WallSeconds:N1} s, {f.InFlight} environments in flight |\n");
        md.Append(CultureInfo.InvariantCulture, $"| process CPU | {f.CpuSeconds:N1} s ({f.CoresUsed:F2} of {f.Cores} cores on average: below {f.Cores}, the machine was shared or the run waited) |\n");
        md.Append(CultureInfo.InvariantCulture, $"| garbage collection | {f.GcPauseSeconds:N1} s paused, {f.Gen0Collections:N0} collections ({f.Gen2Collections:N0} of generation 2), {f.AllocatedBytes / 1073741824.0:N1} GiB allocated |\n");
        md.Append(CultureInfo.InvariantCulture, $"| JIT compilation | {f.JitSeconds:N1} s compiling {f.JitMethods:N0} methods (first compilations and hot methods compiled again optimised; elapsed time on the compiling threads, so on busy cores an upper bound on their CPU) |\n");
        md.Append(CultureInfo.InvariantCulture, $"| engine events | {f.EventsDispatched:N0} ({f.EventsPerSecond:N0} per second) |\n");
        md.Append(CultureInfo.InvariantCulture, $"| local events run side by side | {f.LocalWindowEvents:N0} in {f.LocalWindows:N0} windows |\n");
        md.Append(CultureInfo.InvariantCulture, $"| environment views fetched (samples, checks) | {f.ViewFetches:N0} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| bound (the work below at bare rates) | {f.BoundSeconds:N1} s |\n");
        md.Append(CultureInfo.InvariantCulture, $"| ratio to the bound | {f.Ratio:F3} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| RSA-only bound (the earlier figure) | {f.RsaOnlyBoundSeconds:N1} s, ratio {f.RsaOnlyRatio:F3} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| peak RSS | {f.PeakRssBytes / 1048576.0:N0} MiB ({f.KilobytesPerEnvironment:N1} KB per environment) |\n\n");
        md.Append("The bound, term by term: the run's own counts at bare rates measured in the same process (RSA on ");
        md.Append(CultureInfo.InvariantCulture, $"{f.Cores} threads in {f.RsaProbes.Count} probes: before the run, {f.RsaProbesDuring.Count} during it at idle checkpoints ");
        md.Append(CultureInfo.InvariantCulture, $"({f.ProbeSeconds:N1} s, left out of the wall and CPU time above) and after it; the work between two probes is priced at the harmonic mean of their rates: ");
        md.Append(CultureInfo.InvariantCulture, $"{RangeOf(f.RsaProbes, p => p.UnwrapsPerSecond)} unwraps/s, {RangeOf(f.RsaProbes, p => p.WrapsPerSecond)} wraps/s; ");
        md.Append(CultureInfo.InvariantCulture, $"AES-GCM on {f.Cores} threads and grain calls with {f.InFlight} in flight after it).\n\n");
        md.Append("| work | count | bare rate per second | seconds |\n|---|---:|---:|---:|\n");
        foreach (var term in f.Bound.Terms)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {term.Name} | {term.Count:N0} | {term.BarePerSecond:N0} | {term.Seconds:N2} |\n");
        }

        md.Append("\nWhere the wall time went, phase by phase (this process's counters as each phase began; the probes during the run left out; ");
        md.Append(f.Phases.Any(p => p.BoundSeconds is null)
            ? "the work was done on the silo processes and is counted there, so the phases give time only):\n\n"
            : "each phase's own work priced at the bare rates above, so the phases' bounds add up to the run's):\n\n");
        md.Append("| phase | wall s | CPU s | GC paused s | unwraps | wraps | grain calls | bound s | ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var p in f.Phases)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {p.Name} | {p.WallSeconds:N2} | {p.CpuSeconds:N2} | {p.GcPauseSeconds:N2} | ");
            md.Append(p.BoundSeconds is { } b
                ? string.Create(CultureInfo.InvariantCulture, $"{p.Unwraps:N0} | {p.Wraps:N0} | {p.GrainCalls:N0} | {b:N2} | {p.Ratio:F3} |\n")
                : "— | — | — | — | — |\n");
        }

        md.Append("\nThe RSA probes, in order (seconds since the first; the run's work done by then; bare rates on every core):\n\n");
        md.Append("| probe | at s | unwraps done | wraps done | unwraps/s | wraps/s |\n|---|---:|---:|---:|---:|---:|\n");
        for (var i = 0; i < f.RsaProbes.Count; i++)
        {
            var p = f.RsaProbes[i];
            var when = i == 0 ? "before the run" : i == f.RsaProbes.Count - 1 ? "after the run" : "during the run";
            md.Append(CultureInfo.InvariantCulture,
                $"| {when} | {(p.At - f.RsaProbes[0].At).TotalSeconds:N1} | {p.Unwraps:N0} | {p.Wraps:N0} | {p.UnwrapsPerSecond:N0} | {p.WrapsPerSecond:N0} |\n");
        }

        md.Append("\nThe workload is the generated scenario `load-scenario.yaml` in this folder; `cmksim run` replays it.\n");
        File.WriteAllText(Path.Combine(folder, "load.md"), md.ToString());
        File.Copy(scenarioFile, Path.Combine(folder, "load-scenario.yaml"));
        return ["load.json", "load.md", "load-scenario.yaml"];
    }

    private static string RangeOf(IReadOnlyList<LoadBareRates.RsaProbe> probes, Func<LoadBareRates.RsaProbe, double> rate) =>
        string.Create(CultureInfo.InvariantCulture, $"{probes.Min(rate):N0}–{probes.Max(rate):N0}");

    private void Print(LoadFigures f)
    {
        output.WriteLine($"dispatch    {f.InFlight} in flight: {f.LocalWindowEvents:N0} local events in {f.LocalWindows:N0} windows " +
                         $"({(f.LocalWindows == 0 ? 0 : (double)f.LocalWindowEvents / f.LocalWindows):N1} each); {f.ViewFetches:N0} environment views fetched");
        output.WriteLine($"load        {f.WallSeconds:N1} s wall, {f.EventsPerSecond:N0} events/s, {f.CpuSeconds:N0} s CPU ({f.CoresUsed:F2} cores), " +
                         $"GC {f.GcPauseSeconds:N1} s paused in {f.Gen0Collections:N0} collections ({f.Gen2Collections:N0} gen 2) of {f.AllocatedBytes / 1073741824.0:N1} GiB allocated, " +
                         $"JIT {f.JitSeconds:N1} s ({f.JitMethods:N0} methods), peak RSS {f.PeakRssBytes / 1048576.0:N0} MiB ({f.KilobytesPerEnvironment:N1} KB/environment)");
        output.WriteLine($"  bare RSA-2048 in {f.RsaProbes.Count} probes (before, {f.RsaProbesDuring.Count} during the run: {f.ProbeSeconds:N1} s not counted, after): " +
                         $"{RangeOf(f.RsaProbes, p => p.UnwrapsPerSecond)} unwraps/s, {RangeOf(f.RsaProbes, p => p.WrapsPerSecond)} wraps/s");
        foreach (var term in f.Bound.Terms)
        {
            output.WriteLine($"  {term.Name,-18}{term.Count,12:N0} at {term.BarePerSecond,12:N0}/s bare = {term.Seconds,8:N2} s");
        }

        output.WriteLine($"bound       {f.BoundSeconds:N1} s (RSA, AES-GCM and grain calls at bare rates, {f.Cores} cores, {f.InFlight} in flight): " +
                         $"ratio {f.Ratio:F3}");
        output.WriteLine($"rsa-only    {f.RsaOnlyBoundSeconds:N1} s (the earlier bound, RSA-2048 only): ratio {f.RsaOnlyRatio:F3}");
        output.WriteLine("phases      " + string.Join(", ", f.Phases.Select(p => p.Ratio is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.WallSeconds:N1} s at {r:F2}")
            : string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.WallSeconds:N1} s"))) +
            (f.Phases.Any(p => p.Ratio is not null) ? " (wall time, ratio to the phase's own bound)" : " (wall time; the work is counted on the silos)"));
    }
}
