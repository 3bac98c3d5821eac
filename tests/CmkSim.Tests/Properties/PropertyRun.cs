using CmkSim.Crypto.Hsm;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;

namespace CmkSim.Tests.Properties;

/// <summary>One generated run, done: the scenario it printed as, the result, what the hooks collected, the report folder.</summary>
public sealed record PropertyRun(GeneratedRun Run, string Yaml, string Pin, ScenarioRunResult Result, Captured Captured, string ReportFolder)
{
    /// <summary>
    /// Prints the run as a scenario file, loads it as `cmksim run` would, runs it on a fresh engine and silo of its own
    /// (with the test hooks and a PIN of this run's own) and writes its report.
    /// </summary>
    public static async Task<PropertyRun> ExecuteAsync(GeneratedRun run)
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-property-").FullName;
        var yaml = PropertyTenant.ToYaml(run);
        var file = Path.Combine(folder, "case.yaml");
        await File.WriteAllTextAsync(file, yaml);
        var scenario = ScenarioLoader.Load(file);
        // A PIN no report could contain by chance: if it shows up anywhere, it leaked.
        var pin = $"pin-{run.Seed}-{Guid.NewGuid():N}";
        var captured = new Captured();
        ObservingHost? host = null;
        var runner = new ScenarioRunner(new HsmOptions { UserPin = pin }, async (engine, hsm, cancellation) =>
        {
            host = await ObservingHost.StartAsync(engine, hsm, captured, cancellation);
            ObservingHost.ScheduleObservations(engine, () => host.Grains, run, captured);
            return host;
        });
        var result = await runner.RunAsync(scenario);
        var reports = Path.Combine(folder, "report");
        ReportWriter.Write(RunReportMapper.Map(result, 1), reports);
        return new PropertyRun(run, yaml, pin, result, captured, reports);
    }
}
