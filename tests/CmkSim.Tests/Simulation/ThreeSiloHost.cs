using CmkSim.Grains.Hosting;
using CmkSim.Simulation.Hosting;
using CmkSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace CmkSim.Tests.Simulation;

/// <summary>A run hosted on a real three-silo Orleans TestCluster instead of the embedded silo (one at a time: <see cref="TestClusterRunSlot"/>).</summary>
public sealed class ThreeSiloHost(TestCluster cluster) : IGrainHost
{
    public IGrainFactory Grains => cluster.GrainFactory;

    public static GrainHostFactory Factory { get; } = (engine, hsm, _) => TestClusterRunSlot.StartAsync<IGrainHost>(engine, hsm, async () =>
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<CmkSimClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new ThreeSiloHost(cluster);
    });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
        finally
        {
            TestClusterRunSlot.Leave();
        }
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .ConfigureServices(services => services.AddCmkSim(TestClusterRunSlot.Options, TestClusterRunSlot.Engine).AddSingleton(TestClusterRunSlot.Hsm));
    }
}
