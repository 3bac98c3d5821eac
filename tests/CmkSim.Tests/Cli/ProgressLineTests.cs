using CmkSim.Simulation.Runs;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// The progress display of `cmksim run` and `cmksim load`: its text (environments, simulated time, events/s, time left
/// from simulated-time progress), at most four lines a second, and nothing at all when output is redirected.
/// </summary>
public sealed class ProgressLineTests() : TempFolderTests("cmksim-progress-")
{
    [Fact]
    public void The_line_gives_day_environments_events_per_second_and_time_left_at_the_simulated_pace()
    {
        // A third of 90 days in 20 s: 40 s to go at that pace.
        var text = ProgressLine.Text("load-10000", new RunProgress(TimeSpan.FromDays(30), 50_000), TimeSpan.FromDays(90), 10_000, 20);

        Assert.Equal("load-10000: day  30.0 of 90.0, 10,000 environments,   2,500 events/s, about 40 s left", text);
    }

    [Fact]
    public void Before_any_simulated_time_has_passed_there_is_no_time_left_to_give()
    {
        var text = ProgressLine.Text("s", new RunProgress(TimeSpan.Zero, 0), TimeSpan.FromDays(1), 1, 0);

        Assert.Equal("s: day   0.0 of 1.0, 1 environments,       0 events/s", text);
        Assert.Null(ProgressLine.SecondsLeft(TimeSpan.Zero, TimeSpan.FromDays(1), 3));
    }

    [Fact]
    public void At_most_four_lines_a_second_get_through()
    {
        var pacer = new ProgressPacer();
        var due = Enumerable.Range(0, 100).Select(i => i / 100.0).Count(pacer.Due); // one second of reports every 10 ms

        Assert.Equal(4, due);
        Assert.True(pacer.Due(1.0));
    }

    [Fact]
    public async Task With_output_redirected_a_run_writes_no_progress_line()
    {
        var run = await CmkSimProcess.RunAsync("run", Path.Combine(RepoPaths.Root, "scenarios", "01-onboarding.yaml"), "--out", Folder);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain('\r', run.Output + run.Error);
        Assert.DoesNotContain("events/s", run.Output + run.Error);
    }
}
