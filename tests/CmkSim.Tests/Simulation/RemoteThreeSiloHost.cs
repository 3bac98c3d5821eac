using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
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

    /// <summary>The last run's host (kept after the run, for its figures).</summary>
    public static ClusterGrainHost? Last { get; private set; }

    public static GrainHostFactory Factory { get; } = async (engine, hsm, _) =>
    {
        (_engine, _hsm) = (engine, hsm);
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<DriverConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return Last = ClusterGrainHost.Attach(cluster.Client, new ClusterStopper(cluster));
    };

    /// <summary>Three silos and their client share two busy cores with other test runs: Orleans' 30 s default is too tight.</summary>
    private static readonly TimeSpan BusyMachineTimeout = TimeSpan.FromMinutes(3);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .Configure<SiloMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
            .Configure<GrainCollectionOptions>(options => options.ActivationTimeout = BusyMachineTimeout)
            .ConfigureServices(services => services.AddCmkSimRemoteSilo(_hsm!));
    }

    private sealed class DriverConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client
            .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
            .AddCmkSimDriver(_engine!);
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
