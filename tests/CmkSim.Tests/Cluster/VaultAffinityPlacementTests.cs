using CmkSim.Contracts.Hsm;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace CmkSim.Tests.Cluster;

/// <summary>
/// On a cluster a key vault's grain and its HSM grain share a silo, whichever of them a call reaches first: every
/// wrap and unwrap is a call from one to the other, and it stays in one process.
/// </summary>
public sealed class VaultAffinityPlacementTests
{
    private static readonly TimeSpan BusyMachineTimeout = TimeSpan.FromMinutes(3);
    private static SimulationEngine? _engine;

    [Fact]
    public async Task A_vault_and_its_HSM_grain_are_activated_on_the_same_silo()
    {
        _engine = new SimulationEngine(3);
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<DriverConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var run = ClusterGrainHost.Attach(cluster.Client);
        try
        {
            var vaults = Enumerable.Range(1, 8).Select(i => $"vault{i}").ToList();
            foreach (var (vault, i) in vaults.Select((v, i) => (v, i)))
            {
                // Half reached through the HSM grain first, half through the vault first.
                if (i % 2 == 0)
                {
                    await run.Grains.GetGrain<IHsmGrain>($"kv-{vault}").GetOperationCountAsync();
                    await run.Grains.GetGrain<IKeyVaultGrain>(vault).GetKeyAsync("k");
                }
                else
                {
                    await run.Grains.GetGrain<IKeyVaultGrain>(vault).GetKeyAsync("k");
                    await run.Grains.GetGrain<IHsmGrain>($"kv-{vault}").GetOperationCountAsync();
                }
            }

            var activations = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
            var silos = activations
                .Select(a => (Key: a.GrainId.Key.ToString()!, a.SiloAddress))
                .Where(a => vaults.Contains(a.Key) || vaults.Contains(a.Key.Replace("kv-", "", StringComparison.Ordinal)))
                .GroupBy(a => a.Key.Replace("kv-", "", StringComparison.Ordinal))
                .ToDictionary(g => g.Key, g => g.Select(a => a.SiloAddress).Distinct().ToList());

            Assert.Equal(vaults.Count, silos.Count);
            Assert.All(silos, pair => Assert.True(pair.Value.Count == 1, $"{pair.Key}: vault and HSM grain on {string.Join(", ", pair.Value)}"));
            // Spread over the silos, not all on one.
            Assert.True(silos.Values.Select(s => s[0]).Distinct().Count() > 1, "every vault on one silo");
        }
        finally
        {
            await run.DisposeAsync();
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddCmkSimMemoryStorage()
                .Configure<SiloMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
                .ConfigureServices(services => services.AddCmkSimRemoteSilo(new HsmOptions { IsolateTokens = true }));
            VaultAffinityPlacement.Use(silo);
        }
    }

    private sealed class DriverConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client
            .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = BusyMachineTimeout)
            .AddCmkSimDriver(_engine!);
    }
}
