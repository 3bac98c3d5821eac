using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>The same scenario and seed give byte-identical results and audit logs, on one silo or on three.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScenarioDeterminismTests
{
    private static readonly string[] Compared = ["results.json", "audit.jsonl", "junit.xml", "assessment-results.json"];

    [Fact]
    public async Task Running_a_scenario_twice_gives_identical_results_and_audit_logs()
    {
        var scenario = ScenarioLoader.Load(ScenarioPath("02-malicious-admin-unlock.yaml"));

        var first = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario));
        var second = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario));

        Assert.Empty(ComparedReports.Differing(first, second, Compared));
    }

    [Fact]
    public async Task One_silo_and_a_three_silo_cluster_give_identical_results_and_audit_logs()
    {
        var scenario = ScenarioLoader.Load(ScenarioPath("04-rotation-disable-early.yaml"));

        var embedded = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario));
        var cluster = await WriteAsync(await new ScenarioRunner(new HsmOptions(), ThreeSiloHost.Factory).RunAsync(scenario));

        var differing = ComparedReports.Differing(embedded, cluster, Compared);
        Assert.True(differing.Count == 0,
            $"{string.Join(", ", differing)} differ between one silo and three ({embedded} vs {cluster})");
    }

    [Fact]
    public async Task Another_seed_changes_the_timings_drawn()
    {
        var scenario = ScenarioLoader.Load(ScenarioPath("01-onboarding.yaml"));

        var a = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario, seed: 1));
        var b = await WriteAsync(await new ScenarioRunner(new HsmOptions()).RunAsync(scenario, seed: 2));

        Assert.NotEqual(File.ReadAllText(Path.Combine(a, "audit.jsonl")), File.ReadAllText(Path.Combine(b, "audit.jsonl")));
        Directory.Delete(a, recursive: true);
        Directory.Delete(b, recursive: true);
    }

    internal static string ScenarioPath(string name) => Path.Combine(RepoPaths.Root, "scenarios", name);

    private static Task<string> WriteAsync(ScenarioRunResult result) => Task.FromResult(ComparedReports.Write(result, "cmksim-determinism-"));
}
