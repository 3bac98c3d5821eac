using CmkSim.Contracts.Environments;
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
/// wrap and unwrap is a call from one to the other, and it stays in one process. An environment whose activating call
/// names its vault (NearVaultPlacement's hint) joins them: its wraps and unwraps stay there too.
/// </summary>
public sealed class VaultAffinityPlacementTests
{
    private static readonly TimeSpan BusyMachineTimeout = TimeSpan.FromMinutes(3);
    private static SimulationEngine? _engine;

    [Fact]
    public async Task A_vault_its_HSM_grain_and_an_environment_hinted_to_it_are_activated_on_the_same_silo()
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
            // Half named as `cmksim load` names its vaults: a vault grain's key may start with "kv-" as an HSM grain's does.
            var vaults = Enumerable.Range(1, 8).Select(i => i % 2 == 0 ? $"vault{i}" : $"kv-{i}").ToList();
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

            foreach (var vault in vaults)
            {
                using var near = NearVaultPlacement.Hint(vault);
                await run.Grains.GetGrain<IEnvironmentGrain>($"env-of-{vault}").CustomerKeyAsync();
            }

            var activations = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
            var silos = activations
                .Select(a => (Key: a.GrainId.Key.ToString()!, a.SiloAddress, Type: a.GrainType))
                .Select(a => (Vault: a.Type.Contains("Hsm", StringComparison.Ordinal) ? a.Key[3..]
                    : a.Type.Contains("Environment", StringComparison.Ordinal) ? a.Key.Replace("env-of-", "", StringComparison.Ordinal) : a.Key, a.SiloAddress))
                .Where(a => vaults.Contains(a.Vault))
                .GroupBy(a => a.Vault)
                .ToDictionary(g => g.Key, g => g.Select(a => a.SiloAddress).ToList());

            Assert.Equal(vaults.Count, silos.Count);
            Assert.All(silos, pair => Assert.True(pair.Value.Count == 3 && pair.Value.Distinct().Count() == 1,
                $"{pair.Key}: vault, HSM and environment grain on {string.Join(", ", pair.Value)}"));
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
