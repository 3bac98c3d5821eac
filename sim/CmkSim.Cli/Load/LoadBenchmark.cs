using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CmkSim.Cli.Bench;
using CmkSim.Cli.Commands;
using CmkSim.Cli.Runs;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
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
    private const string BenchToken = "cmksim-load-bench";
    private static readonly TimeSpan Cell = TimeSpan.FromSeconds(1);

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
            var batch = new ScenarioBatch(hsm, plan, 1, RunWallClock.Real, new ConsoleBatchObserver(output), signer, (result, reportFolder) =>
            {
                figures = Measure(result);
                var files = Write(figures, reportFolder, file);
                return ClusterStats is { } stats ? [.. files, .. ClusterFigures.Write(stats, reportFolder)] : files;
            })
            {
                InFlight = inFlight,
                Host = Host,
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

    private LoadFigures Measure(ScenarioRunResult result)
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64; // before the bare-rate measurement adds anything
        var (unwraps, wraps) = BareRates();
        return new LoadFigures(result.Inventory.Count, (result.End - result.Start).TotalDays, result.WallSeconds, result.EventsDispatched,
            result.Latencies.Wraps, result.Latencies.Unwraps, peak, Environment.ProcessorCount, unwraps, wraps, inFlight,
            result.LocalWindows.Windows, result.LocalWindows.Events, result.ViewFetches);
    }

    /// <summary>Bare Pkcs11Interop RSA-2048 OAEP unwrap and wrap on every core, best of two, measured now.</summary>
    private (double Unwraps, double Wraps) BareRates()
    {
        using var softHsm = SoftHsm.Open(hsm);
        var token = softHsm.Token(BenchToken);
        const string keyId = "load/rsa-2048";
        token.GenerateRsaKeyPair(keyId, 2048);
        var dek = RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes);
        var wrapped = token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);
        using var raw = new RawPkcs11Baseline(token, keyId);
        double unwrap = 0, wrap = 0;
        for (var round = 0; round < 2; round++)
        {
            unwrap = Math.Max(unwrap, RateMeter.OnThreads(Environment.ProcessorCount, Cell, () => raw.Operation(true, wrapped)));
            wrap = Math.Max(wrap, RateMeter.OnThreads(Environment.ProcessorCount, Cell, () => raw.Operation(false, dek)));
        }

        return (unwrap, wrap);
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
            w.WriteNumber("hsmWraps", f.Wraps);
            w.WriteNumber("hsmUnwraps", f.Unwraps);
            w.WriteNumber("bareRsa2048UnwrapsPerSecond", Math.Round(f.BareUnwrapsPerSecond, 1));
            w.WriteNumber("bareRsa2048WrapsPerSecond", Math.Round(f.BareWrapsPerSecond, 1));
            w.WriteNumber("cores", f.Cores);
            w.WriteNumber("inFlight", f.InFlight);
            w.WriteNumber("localWindows", f.LocalWindows);
            w.WriteNumber("localWindowEvents", f.LocalWindowEvents);
            w.WriteNumber("environmentViewFetches", f.ViewFetches);
            w.WriteNumber("boundSeconds", Math.Round(f.BoundSeconds, 3));
            w.WriteNumber("ratioToBound", Math.Round(f.Ratio, 4));
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
        md.Append(CultureInfo.InvariantCulture, $"| engine events | {f.EventsDispatched:N0} ({f.EventsPerSecond:N0} per second) |\n");
        md.Append(CultureInfo.InvariantCulture, $"| local events run side by side | {f.LocalWindowEvents:N0} in {f.LocalWindows:N0} windows |\n");
        md.Append(CultureInfo.InvariantCulture, $"| environment views fetched (samples, checks) | {f.ViewFetches:N0} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| HSM operations | {f.Unwraps:N0} unwraps, {f.Wraps:N0} wraps |\n");
        md.Append(CultureInfo.InvariantCulture, $"| bare RSA-2048 rates, all cores | {f.BareUnwrapsPerSecond:N0} unwraps/s, {f.BareWrapsPerSecond:N0} wraps/s |\n");
        md.Append(CultureInfo.InvariantCulture, $"| bound (that HSM work at those rates) | {f.BoundSeconds:N1} s |\n");
        md.Append(CultureInfo.InvariantCulture, $"| ratio to the bound | {f.Ratio:F3} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| peak RSS | {f.PeakRssBytes / 1048576.0:N0} MiB ({f.KilobytesPerEnvironment:N1} KB per environment) |\n\n");
        md.Append("The workload is the generated scenario `load-scenario.yaml` in this folder; `cmksim run` replays it.\n");
        File.WriteAllText(Path.Combine(folder, "load.md"), md.ToString());
        File.Copy(scenarioFile, Path.Combine(folder, "load-scenario.yaml"));
        return ["load.json", "load.md", "load-scenario.yaml"];
    }

    private void Print(LoadFigures f)
    {
        output.WriteLine($"dispatch    {f.InFlight} in flight: {f.LocalWindowEvents:N0} local events in {f.LocalWindows:N0} windows " +
                         $"({(f.LocalWindows == 0 ? 0 : (double)f.LocalWindowEvents / f.LocalWindows):N1} each); {f.ViewFetches:N0} environment views fetched");
        output.WriteLine($"load        {f.WallSeconds:N1} s wall, {f.EventsPerSecond:N0} events/s, {f.Unwraps:N0} unwraps + {f.Wraps:N0} wraps, " +
                         $"peak RSS {f.PeakRssBytes / 1048576.0:N0} MiB ({f.KilobytesPerEnvironment:N1} KB/environment)");
        output.WriteLine($"bound       {f.BoundSeconds:N1} s at bare RSA-2048 rates on {f.Cores} cores ({f.BareUnwrapsPerSecond:N0} unwraps/s, " +
                         $"{f.BareWrapsPerSecond:N0} wraps/s): ratio {f.Ratio:F3} with {f.InFlight} in flight");
    }
}
