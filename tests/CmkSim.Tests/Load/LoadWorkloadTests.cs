using System.Text.Json;
using CmkSim.Scenarios;
using CmkSim.Simulation.Load;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Load;

/// <summary>`cmksim load`: the workload is a valid scenario at every size, bad sizes are input errors, and a small run reports its figures.</summary>
public sealed class LoadWorkloadTests() : TempFolderTests("cmksim-load-test-")
{
    [Theory]
    [InlineData(1, 1, 1, 30)]
    [InlineData(12, 3, 2, 30)]
    [InlineData(1_000, 10, 2, 90)]
    [InlineData(100_000, 100, 10, 90)]
    public void The_workload_is_a_valid_scenario_with_every_environment(int environments, int policies, int vaults, int days)
    {
        var workload = new LoadWorkload(environments, policies, vaults, days, Seed: 7);

        var scenario = ScenarioLoader.Parse(workload.ToYaml(), Path.Combine(Folder, "load.yaml"));

        Assert.Empty(workload.Problems());
        Assert.Equal(environments, scenario.Tenant.Environments.Count);
        Assert.Equal(TimeSpan.FromDays(days), scenario.End);
        Assert.Contains(scenario.Steps, s => s.Action == "revokeKeyAccess");
        Assert.Equal(vaults, scenario.Steps.Count(s => s.Action == "rotateKey"));
    }

    [Fact]
    public void With_throttling_the_workload_turns_on_Key_Vaults_published_limits_and_runs_in_order()
    {
        var on = ScenarioLoader.Parse(new LoadWorkload(10, 2, 1, 30, Seed: 7, Throttling: true).ToYaml(), Path.Combine(Folder, "load.yaml"));
        var off = ScenarioLoader.Parse(new LoadWorkload(10, 2, 1, 30, Seed: 7).ToYaml(), Path.Combine(Folder, "load.yaml"));

        Assert.True(on.Platform.Throttling.Enabled);
        Assert.Equal(CmkSim.Domain.Vaults.Throttling.KeyVaultServiceLimits.HsmRsa2048, on.Platform.Throttling.Vault.Rsa2048);
        Assert.True(CmkSim.Simulation.Running.ScenarioRunner.OrderSensitive(on));
        Assert.False(off.Platform.Throttling.Enabled);
        Assert.False(CmkSim.Simulation.Running.ScenarioRunner.OrderSensitive(off));
    }

    [Theory]
    [InlineData(0, 1, 1, 90, "--environments")]
    [InlineData(100_001, 1, 1, 90, "--environments")]
    [InlineData(10, 11, 1, 90, "--policies")]
    [InlineData(10, 2, 3, 90, "--vaults")]
    [InlineData(10, 2, 1, 29, "--days")]
    public void Sizes_out_of_range_are_named(int environments, int policies, int vaults, int days, string option)
    {
        var problem = Assert.Single(new LoadWorkload(environments, policies, vaults, days, 1).Problems());

        Assert.StartsWith(option, problem);
    }

    [Fact]
    public async Task A_small_load_run_writes_its_figures_into_its_signed_report_and_a_bad_size_is_exit_2()
    {
        var output = Path.Combine(Folder, "out");

        var run = await CmkSimProcess.RunAsync(null, null, TimeSpan.FromMinutes(5),
            "load", "--environments", "12", "--policies", "2", "--vaults", "1", "--days", "30", "--out", output);
        var bad = await CmkSimProcess.RunAsync("load", "--environments", "0", "--out", output);
        var verify = await CmkSimProcess.RunAsync("verify", output);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("ratio", run.Output);
        using var figures = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "load-12", "load.json")));
        Assert.Equal(12, figures.RootElement.GetProperty("environments").GetInt32());
        Assert.True(figures.RootElement.GetProperty("hsmUnwraps").GetInt64() > 0);
        Assert.True(figures.RootElement.GetProperty("ratioToBound").GetDouble() > 0);
        // The bound of issue 12, term by term: RSA, AES-GCM and grain calls, beside the earlier RSA-only figure.
        Assert.Equal(["RSA-2048 unwrap", "RSA-2048 wrap", "AES-GCM seal", "AES-GCM open", "grain call"],
            figures.RootElement.GetProperty("bound").EnumerateArray().Select(t => t.GetProperty("work").GetString()));
        Assert.True(figures.RootElement.GetProperty("recordSeals").GetInt64() > 0);
        Assert.True(figures.RootElement.GetProperty("grainCalls").GetInt64() > 0);
        Assert.True(figures.RootElement.GetProperty("rsaOnlyRatioToBound").GetDouble() > 0);
        Assert.True(figures.RootElement.GetProperty("boundSeconds").GetDouble() > figures.RootElement.GetProperty("rsaOnlyBoundSeconds").GetDouble());
        // Bare RSA probed before and after the run (and during it, every 15 s, which a run this short does not reach): the
        // first probe saw none of the run's unwraps, the last all of them.
        var probes = figures.RootElement.GetProperty("rsaProbes").EnumerateArray().ToList();
        Assert.True(probes.Count >= 2);
        Assert.Equal(0, probes[0].GetProperty("unwrapsDone").GetInt64());
        Assert.Equal(figures.RootElement.GetProperty("hsmUnwraps").GetInt64(), probes[^1].GetProperty("unwrapsDone").GetInt64());
        Assert.All(probes, p => Assert.True(p.GetProperty("unwrapsPerSecond").GetDouble() > 0));
        // Where the time went: the run's phases in the order they began, the probes left out, their bounds the run's.
        var phases = figures.RootElement.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["silo", "tenant", "events", "checks", "sample", "journal", "inventory"], phases.Select(p => p.GetProperty("phase").GetString()));
        Assert.Equal(figures.RootElement.GetProperty("boundSeconds").GetDouble(), phases.Sum(p => p.GetProperty("boundSeconds").GetDouble()), 1);
        Assert.Equal(figures.RootElement.GetProperty("hsmUnwraps").GetInt64(), phases.Sum(p => p.GetProperty("hsmUnwraps").GetInt64()));
        Assert.Contains("phases      silo ", run.Output);
        Assert.True(File.Exists(Path.Combine(output, "load-12", "load-scenario.yaml")));
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(0, verify.ExitCode);
    }
}
