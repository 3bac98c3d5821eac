using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using CmkSim.Simulation.Hosting;
using CmkSim.Tests.Support;
using Orleans.TestingHost;

namespace CmkSim.Tests.Simulation;

/// <summary>A run hosted on a real three-silo Orleans TestCluster instead of the embedded silo.</summary>
public sealed class ThreeSiloHost(TestCluster cluster) : IGrainHost
{
    // Silo configurators are created by type; the run's engine reaches them through these (tests run one at a time here).
    private static SimulationEngine? _engine;
    private static HsmOptions? _hsm;

    public IGrainFactory Grains => cluster.GrainFactory;

    public static GrainHostFactory Factory { get; } = async (engine, hsm, _) =>
    {
        (_engine, _hsm) = (engine, hsm);
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<CmkSimClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new ThreeSiloHost(cluster);
    };

    public async ValueTask DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .ConfigureServices(services => services.AddCmkSim(_hsm!, _engine!));
    }
}
