using CmkSim.Domain.Ports;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Tests.Engine;

/// <summary>The engine tells a diagnostic log what it runs: the window's first event and size, nothing between runs.</summary>
public sealed class EngineWindowTests
{
    [Fact]
    public async Task Running_names_the_window_in_progress_and_is_empty_after_the_run()
    {
        var engine = new SimulationEngine(seed: 3) { InFlight = 2, Lookahead = TimeSpan.FromHours(1) };
        var seen = new List<(string Kind, int Events)>();
        engine.ScheduleAfter(TimeSpan.FromMinutes(1), "scenario", "step", _ => Seen(engine, seen));
        foreach (var owner in new[] { "env-1", "env-2", "env-3" })
        {
            engine.ScheduleAfter(TimeSpan.FromMinutes(2), owner, "check", _ => Seen(engine, seen), EventScope.Local);
        }

        Assert.Null(engine.Running);
        await engine.RunUntilAsync(engine.Now + TimeSpan.FromDays(1));

        Assert.Equal(("step", 1), seen[0]);
        Assert.All(seen.Skip(1), s => Assert.Equal(("check", 3), s));
        Assert.Null(engine.Running);
    }

    private static Task Seen(SimulationEngine engine, List<(string, int)> seen)
    {
        var window = engine.Running!;
        lock (seen)
        {
            seen.Add((window.First.Kind, window.Events));
        }

        return Task.CompletedTask;
    }
}
