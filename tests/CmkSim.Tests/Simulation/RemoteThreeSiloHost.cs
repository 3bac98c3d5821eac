using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// A run hosted the cluster way: three silos without an engine (AddCmkSimRemoteSilo) and the run's engine in the
/// cluster client (AddCmkSimDriver), as `cmksim silo` processes and a client-mode run are, only in one process.
/// </summary>
public static class RemoteThreeSiloHost
{
    // Configurators are created by type; the run's engine and HSM reach them through these (one run at a time here).
    private static SimulationEngine? _engine;
    private static HsmOptions? _hsm;

    public static GrainHostFactory Factory { get; } = async (engine, hsm, _) =>
    {
        (_engine, _hsm) = (engine, hsm);
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<DriverConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return ClusterGrainHost.Attach(cluster.Client, new ClusterStopper(cluster));
    };

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .ConfigureServices(services => services.AddCmkSimRemoteSilo(_hsm!));
    }

    private sealed class DriverConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client.AddCmkSimDriver(_engine!);
    }

    private sealed class ClusterStopper(TestCluster cluster) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
