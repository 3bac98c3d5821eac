using CmkSim.Contracts.Bench;
using CmkSim.Contracts.Tenants;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Tenants;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting;
using Xunit.Abstractions;

namespace CmkSim.Tests.Cluster;

/// <summary>
/// Three real <c>cmksim silo</c> processes on a redis-server of their own: the cluster forms, serves calls, survives a
/// <c>kill -9</c> with its grain state, and everything started is gone afterwards.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class ClusterFormationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Three_silo_processes_form_a_cluster_serve_a_call_and_leave_nothing_running()
    {
        List<int> pids;
        var engine = new SimulationEngine(seed: 1);
        await using (var cluster = await ClusterLauncher.StartAsync(3, redis: null, new HsmOptions(), ClusterProcesses.Silo, client: c => c.AddCmkSimDriver(engine)))
        {
            await using var run = ClusterGrainHost.Attach(cluster.Client!.Client);
            output.WriteLine($"formed in {cluster.FormTime.TotalSeconds:0.0} s");
            pids = [.. cluster.Silos.Select(s => s.ProcessId), cluster.RedisProcessId!.Value];
            Assert.All(pids, pid => Assert.True(ClusterProcesses.Running(pid), $"pid {pid} should run while the cluster is up"));
            Assert.Equal(3, (await cluster.Client!.Management.GetHosts(onlyActive: true)).Count);

            Assert.Equal(1, await run.Grains.GetGrain<IBenchCounterGrain>("formation").TickAsync());
            Assert.Equal(2, await run.Grains.GetGrain<IBenchCounterGrain>("formation").TickAsync());
        }

        Assert.All(pids, pid => Assert.False(ClusterProcesses.Running(pid), $"pid {pid} still runs after the cluster was disposed"));
    }

    [Fact]
    public async Task A_grain_on_a_killed_silo_comes_back_with_its_Redis_state_on_another_silo()
    {
        var engine = new SimulationEngine(seed: 1);
        await using var cluster = await ClusterLauncher.StartAsync(3, redis: null, new HsmOptions(), ClusterProcesses.Silo, client: c => c.AddCmkSimDriver(engine));
        var client = cluster.Client!;
        await using var run = ClusterGrainHost.Attach(client.Client);
        var tenant = run.Grains.GetGrain<ITenantGrain>("kill-test");
        await tenant.AddUserAsync(new TenantUser("alice", [EntraRole.GlobalAdministrator], ["PowerApps"]));

        var host = await client.Management.GetActivationAddress(tenant);
        Assert.NotNull(host);
        var victim = Assert.Single(cluster.Silos, s => s.SiloPort == host!.Endpoint.Port);
        victim.Kill();
        var killed = System.Diagnostics.Stopwatch.StartNew();

        TenantUser? alice = null;
        while (alice is null)
        {
            Assert.True(killed.Elapsed < Recovery, $"the tenant did not come back within {Recovery.TotalSeconds} s of the kill");
            try
            {
                alice = await tenant.GetUserAsync("alice");
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                // Calls fail until the membership declares the silo dead (about 1.5 s) and the grain reactivates.
                await Task.Delay(200);
            }
        }

        output.WriteLine($"kill to recovery: {killed.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal([EntraRole.GlobalAdministrator], alice.Roles);
        var newHost = await client.Management.GetActivationAddress(tenant);
        Assert.NotEqual(host!.Endpoint.Port, newHost!.Endpoint.Port);
    }
}

/// <summary>Cluster tests start processes by the handful: one class at a time on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterProcessCollection
{
    public const string Name = "cluster processes";
}
