using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Tests.Hosting;

/// <summary>What a run knows of its environments' writes: the names reported, or "any" after a silo died unheard.</summary>
public sealed class EnvironmentChangesTests
{
    [Fact]
    public void Reported_writes_are_taken_once()
    {
        var changes = EnvironmentChanges.Of(new SimulationEngine(1));
        changes.Changed("env1");
        changes.Changed("env2");
        changes.Changed("env1");

        Assert.Equal(["env1", "env2"], changes.Take()!.Order(StringComparer.Ordinal));
        Assert.Empty(changes.Take()!);
    }

    [Fact]
    public void After_any_may_have_changed_the_next_take_says_everything_once()
    {
        var changes = EnvironmentChanges.Of(new SimulationEngine(1));
        changes.Changed("env1");
        changes.ChangedAll();
        changes.Changed("env2");

        Assert.Null(changes.Take());
        Assert.Empty(changes.Take()!);
    }
}
