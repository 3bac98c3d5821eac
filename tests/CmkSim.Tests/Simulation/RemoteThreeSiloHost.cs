using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// A run hosted the cluster way: three silos without an engine (AddCmkSimRemoteSilo) and the run's engine in the
/// cluster client (AddCmkSimDriver), as `cmksim silo` processes and a client-mode run are, only in one process (one
/// run at a time: <see cref="TestClusterRunSlot"/>).
/// </summary>
public static class RemoteThreeSiloHost
{
    public static GrainHostFactory Factory { get; } = Recording(_ => { });

    /// <summary>
    /// The same, telling <paramref name="started"/> the run's host (for its figures after the run). Per run, not a
    /// static "last host": classes running side by side each start clusters, and a shared one was overwritten
    /// between a run's end and its test reading it.
    /// </summary>
    public static GrainHostFactory Recording(Action<ClusterGrainHost> started) => (engine, hsm, _) => TestClusterRunSlot.StartAsync<IGrainHost>(engine, hsm, async () =>
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<DriverConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var host = ClusterGrainHost.Attach(cluster.Client, new ClusterStopper(cluster));
        started(host);
        return host;
    });

    /// <summary>Three silos and their client share two busy cores with other test runs: Orleans' 30 s default is too tight.</summary>
    private static readonly TimeSpan BusyMachineTimeout = TimeSpan.FromMinutes(3);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .Configure<SiloMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
            .Configure<GrainCollectionOptions>(options => options.ActivationTimeout = BusyMachineTimeout)
            .ConfigureServices(services => services.AddCmkSimRemoteSilo(TestClusterRunSlot.Options).AddSingleton(TestClusterRunSlot.Hsm));
    }

    private sealed class DriverConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client
            .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
            .AddCmkSimDriver(TestClusterRunSlot.Engine);
    }

    private sealed class ClusterStopper(TestCluster cluster) : IAsyncDisposable
    {
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
    }
}
