using CmkSim.Crypto.Hsm;
using CmkSim.Grains.Hosting;
using Orleans.TestingHost;

namespace CmkSim.Tests.Support;

/// <summary>
/// A real two-silo Orleans cluster (in-process), the real SoftHSM2, and one clock the tests move by hand. Grains
/// placed on either silo must behave the same: nothing may rely on static state.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    // Silo configurators are created by type, so the clock they install is reached through this one static.
    internal static ManualClock SharedClock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public ManualClock Clock => SharedClock;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
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
            .AddMemoryGrainStorageAsDefault()
            .ConfigureServices(services => services.AddCmkSim(new HsmOptions(), SharedClock));
    }
}
