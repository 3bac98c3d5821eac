using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Hsm;
using CmkSim.Simulation.Hosting;
using CmkSim.Tests.Support;
using Orleans.TestingHost;

namespace CmkSim.Tests.Hosting;

/// <summary>A silo without an engine takes its time from each call: a call that carries none is a bug and fails loudly.</summary>
public sealed class RemoteSiloCallContextTests
{
    [Fact]
    public async Task A_call_from_a_client_that_is_no_run_driver_is_refused_by_a_remote_silo()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<RemoteSiloConfigurator>();
        builder.AddClientBuilderConfigurator<CmkSimClientConfigurator>(); // serialization only: no time, seed or inbox
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.GrainFactory.GetGrain<IKeyVaultGrain>("kv1").GetKeyAsync("k"));

            Assert.Contains("arrived without the run's time", refused.Message);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private sealed class RemoteSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddCmkSimMemoryStorage()
            .ConfigureServices(services => services.AddCmkSimRemoteSilo(new HsmOptions { IsolateTokens = true }));
    }
}
