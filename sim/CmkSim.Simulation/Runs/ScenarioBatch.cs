using CmkSim.Crypto.Hsm;
using CmkSim.Reports.Model;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Runs;

/// <summary>
/// Runs scenarios one after another, each on its own engine and silo; writes each one's signed report folder and a
/// signed index into the run's staging folder, and moves them into place under --out only when all are complete.
/// A failure or cancellation leaves --out as it was (the staging folder is removed). Wall time is measured through
/// <paramref name="wallClock"/> (the caller's real clock; this library reads none) and reported apart from the
/// simulated results, which must not depend on it. Reports are signed by <paramref name="signer"/> (the CLI passes the
/// installation's persistent key, see <see cref="SigningToken"/>); without one, by a key in this run's own HSM.
/// </summary>
/// <param name="extraFiles">Writes more files into a scenario's report folder before it is signed (e.g. the load
/// figures of `cmksim load`) and returns their names relative to the folder.</param>
public sealed class ScenarioBatch(HsmOptions hsm, RunPlan plan, int scale, TimeProvider wallClock, IBatchObserver observer,
    ReportSigner? signer = null, Func<ScenarioRunResult, string, IReadOnlyList<string>>? extraFiles = null)
{
    /// <summary>The runner's <see cref="ScenarioRunner.InFlight"/>.</summary>
    public int InFlight { get; init; } = ScenarioRunner.DefaultInFlight;

    /// <summary>Where each scenario's grains run: the embedded silo when null, else e.g. a cluster (<c>--silos</c>).</summary>
    public Hosting.GrainHostFactory? Host { get; init; }

    /// <summary>The runner's <see cref="ScenarioRunner.Trace"/>.</summary>
    public IRunTrace? Trace { get; init; }

    public async Task<IReadOnlyList<ScenarioRunResult>> RunAsync(IReadOnlyList<Scenario> scenarios, long? seed, CancellationToken cancellation)
    {
        var runner = new ScenarioRunner(hsm, Host) { InFlight = InFlight, Trace = Trace };
        using var softHsm = SoftHsm.Open(hsm);
        var signing = signer ?? ReportSigner.Open(softHsm);
        using var staging = RunStaging.Begin(plan);
        var results = new List<ScenarioRunResult>();
        var entries = new List<IndexEntry>();
        foreach (var (scenario, folderName) in scenarios.Zip(plan.Folders))
        {
            var started = wallClock.GetTimestamp();
            var result = await runner.RunAsync(scenario, seed, cancellation, observer.Running(scenario));
            observer.Ran(scenario);
            cancellation.ThrowIfCancellationRequested();
            result = result with { WallSeconds = wallClock.GetElapsedTime(started).TotalSeconds };
            var report = RunReportMapper.Map(result, scale, signing.PublicKey.Fingerprint());
            var folder = staging.ScenarioFolder(folderName);
            var written = ReportWriter.Write(report, folder);
            ManifestWriter.Write(folder, extraFiles is null ? written : [.. written, .. extraFiles(result, folder)], signing);
            entries.Add(new IndexEntry(report, IndexWriter.LinkTo(folderName, ReportFiles.Html)));
            results.Add(result);
            observer.Reported(result, Path.Combine(plan.Root, folderName));
        }

        var indexFiles = IndexWriter.Write(staging.Folder, entries);
        ManifestWriter.Write(staging.Folder, indexFiles.Concat(plan.Folders.Select(f => $"{f}/{ReportFiles.Manifest}")), signing,
            Manifest.IndexFormat, ReportFiles.IndexManifest);
        cancellation.ThrowIfCancellationRequested();
        staging.Commit([.. indexFiles, ReportFiles.IndexManifest]);
        observer.Published(Path.Combine(plan.Root, ReportFiles.IndexHtml), signing.PublicKey.Fingerprint());
        return results;
    }
}
