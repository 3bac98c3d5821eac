using CmkSim.Engine.Scheduling;

namespace CmkSim.Tests.Engine;

/// <summary>A cancelled run dispatches no further event: the token is checked before every event, not only per call.</summary>
public sealed class EngineCancellationTests
{
    [Fact]
    public async Task No_event_runs_after_the_token_is_cancelled()
    {
        var engine = new SimulationEngine(seed: 1);
        using var cancellation = new CancellationTokenSource();
        var ran = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            engine.ScheduleAfter(TimeSpan.FromMinutes(i), "test", $"event {n}", _ =>
            {
                ran.Add(n);
                if (n == 2)
                {
                    // As a signal would, while an event runs.
                    cancellation.Cancel();
                }

                return Task.CompletedTask;
            });
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAllAsync(cancellation.Token));

        Assert.Equal([1, 2], ran);
        Assert.Equal(3, engine.Pending);
    }
}
