using CmkSim.Simulation.Hosting;
using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Engine.Time;
using CmkSim.Grains.Hosting;
using Orleans.TestingHost;

namespace CmkSim.Tests.Support;

/// <summary>
/// A real two-silo Orleans cluster (in-process), the real SoftHSM2, and one simulation engine whose clock the tests
/// move by running its queue. Grains
/// placed on either silo must behave the same: nothing may rely on static state.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    // Silo configurators are created by type, so the engine they install is reached through this one static.
    internal static SimulationEngine SharedEngine { get; } = new(seed: 1);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public SimulationEngine Engine => SharedEngine;

    public VirtualClock Clock => SharedEngine.Clock;

    /// <summary>Runs the engine's queue up to now + <paramref name="span"/> (events the grains scheduled run in order).</summary>
    public Task Advance(TimeSpan span) => SharedEngine.RunUntilAsync(SharedEngine.Now + span);

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<CmkSimClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .ConfigureServices(services => services.AddCmkSim(new HsmOptions(), SharedEngine));
    }
}
