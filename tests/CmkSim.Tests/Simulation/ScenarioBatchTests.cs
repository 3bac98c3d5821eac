using CmkSim.Crypto.Hsm;
using CmkSim.Reports.Output;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>Run orchestration as a library, without the CLI: what the batch tells its observer, and its wall clock.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScenarioBatchTests
{
    [Fact]
    public async Task A_batch_reports_each_scenario_then_the_published_index_and_measures_with_the_callers_clock()
    {
        var root = Directory.CreateTempSubdirectory("cmksim-batch-").FullName;
        try
        {
            var scenario = ScenarioLoader.Load(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"));
            var output = Path.Combine(root, "out");
            var plan = RunPlan.Create(output, [(scenario.Name, scenario.NameLocation.ToString())]);
            var observer = new RecordingObserver();

            var results = await new ScenarioBatch(new HsmOptions(), plan, 1, new SteppingClock(TimeSpan.FromSeconds(2.5)), observer)
                .RunAsync([scenario], seed: null, CancellationToken.None);

            var result = Assert.Single(results);
            Assert.True(result.Passed);
            Assert.Equal(2.5, result.WallSeconds);
            Assert.Equal(
                ["running reset", "ran reset", $"reported reset {Path.Combine(output, "reset")}", $"published {Path.Combine(output, ReportFiles.IndexHtml)}"],
                observer.Events);
            Assert.True(File.Exists(Path.Combine(output, "reset", ReportFiles.Html)));
            Assert.True(File.Exists(Path.Combine(output, ReportFiles.IndexManifest)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_scenario_input_is_a_scenario_or_its_errors_never_both()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-input-").FullName;
        try
        {
            var bad = Path.Combine(folder, "bad.yaml");
            File.WriteAllText(bad, "name: bad\nseed: [\n");

            var good = ScenarioInput.Load(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"), scale: 1);
            var invalid = ScenarioInput.Load(bad, scale: 1);

            Assert.Equal("reset", good.Scenario?.Name);
            Assert.Empty(good.Errors);
            Assert.Null(invalid.Scenario);
            Assert.NotEmpty(invalid.Errors);
            Assert.Equal(["bad.yaml"], ScenarioFiles.Expand([folder]).Files.Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class RecordingObserver : IBatchObserver
    {
        public List<string> Events { get; } = [];

        public IProgress<RunProgress>? Running(Scenario scenario)
        {
            Events.Add($"running {scenario.Name}");
            return null;
        }

        public void Ran(Scenario scenario) => Events.Add($"ran {scenario.Name}");

        public void Reported(ScenarioRunResult result, string reportFolder) => Events.Add($"reported {result.Scenario.Name} {reportFolder}");

        public void Published(string indexHtml, string signerFingerprint) => Events.Add($"published {indexHtml}");
    }

    /// <summary>A wall clock that moves by a fixed step each time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            var now = _ticks;
            _ticks += step.Ticks;
            return now;
        }
    }
}
