using CmkSim.Contracts.Scheduling;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Ports;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;
using CmkSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Tests.Guards;

/// <summary>Grains schedule work as records, never closures: a closure can't travel to an engine in another process.</summary>
public sealed class ScheduledWorkGuardTests
{
    [Fact]
    public void No_grain_source_reaches_the_engines_closure_scheduler()
    {
        var grains = Path.Combine(RepoPaths.Root, "grains", "CmkSim.Grains");
        var offenders = Directory.EnumerateFiles(grains, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains(nameof(IEventScheduler), StringComparison.Ordinal)
                || text.Contains("Func<CancellationToken, Task>", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.True(offenders.Count == 0, $"grains scheduling closures: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void No_grain_constructor_asks_for_the_engines_closure_scheduler()
    {
        var grainTypes = typeof(CmkSim.Grains.Hosting.CmkSimServices).Assembly.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(grainTypes);
        Assert.DoesNotContain(grainTypes.SelectMany(t => t.GetConstructors()).SelectMany(c => c.GetParameters()),
            p => p.ParameterType == typeof(IEventScheduler));
    }

    [Fact]
    public void Silos_of_both_kinds_offer_grains_the_record_scheduler_and_not_the_closure_one()
    {
        var embedded = new ServiceCollection().AddCmkSim(new HsmOptions(), new SimulationEngine(seed: 1));
        var remote = new ServiceCollection().AddCmkSimRemoteSilo(new HsmOptions());

        foreach (var services in new[] { embedded, remote })
        {
            Assert.Contains(services, d => d.ServiceType == typeof(IWorkScheduler));
            Assert.DoesNotContain(services, d => d.ServiceType == typeof(IEventScheduler));
        }
    }
}
