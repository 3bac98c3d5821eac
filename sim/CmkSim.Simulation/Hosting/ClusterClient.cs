using CmkSim.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The grains of a run on a Redis cluster, reached as an Orleans cluster client: the <see cref="IGrainHost"/> of
/// <c>--cluster</c> and <c>--silos</c>. It hosts no grain itself.
/// </summary>
public sealed class ClusterClient : IGrainHost
{
    private readonly IHost _host;

    private ClusterClient(IHost host, ClusterAddress redis, string clusterId)
    {
        _host = host;
        Redis = redis;
        ClusterId = clusterId;
    }

    public ClusterAddress Redis { get; }

    public string ClusterId { get; }

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public IGrainFactory Grains => Client;

    bool IGrainHost.Clustered => true;

    public IManagementGrain Management => Client.GetGrain<IManagementGrain>(0);

    /// <param name="configure">More of the client's set-up (e.g. the run's driver, which stamps each call with the engine's time).</param>
    public static async Task<ClusterClient> ConnectAsync(ClusterAddress redis, string clusterId, string? serviceId = null,
        Action<IClientBuilder>? configure = null, CancellationToken cancellation = default)
    {
        await ClusterRedis.CheckReachableAsync(redis, cancellation);
        var configuration = ClusterRedis.Configuration(redis);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error).AddSimpleConsole();
        if (configure is null)
        {
            // CmkSim's serialization; a driver client (AddCmkSimDriver, through configure) registers it itself.
            builder.Services.AddCmkSimSerialization();
        }
        builder.UseOrleansClient(client =>
        {
            configure?.Invoke(client);
            client
            .Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = clusterId;
                cluster.ServiceId = serviceId ?? clusterId;
            })
            .UseRedisClustering(clustering => clustering.ConfigurationOptions = configuration)
            .Configure<ClientMessagingOptions>(ClusterTimings.Messaging)
            .Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = ClusterTimings.GatewayListRefresh);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
            return new ClusterClient(host, redis, clusterId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnreachableException($"no silo of cluster '{clusterId}' at {redis} answered: {e.Message.Split('\n')[0].Trim()}", e);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Waits until <paramref name="silos"/> silos are active in the membership table (the cluster is formed).</summary>
    /// <param name="exactly">Wait for exactly that many (a killed silo counted out), not at least.</param>
    public async Task WaitForActiveSilosAsync(int silos, TimeSpan timeout, CancellationToken cancellation = default, bool exactly = false)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        var active = 0;
        try
        {
            while (true)
            {
                try
                {
                    active = (await Management.GetHosts(onlyActive: true).WaitAsync(limit.Token)).Count;
                    if (exactly ? active == silos : active >= silos)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A silo still joining may not answer yet: ask again.
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new ClusterUnreachableException($"cluster '{ClusterId}' has {active} active silo(s) after {timeout.TotalSeconds:0} s, not {silos}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(grace.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // A client whose silos are gone may not stop cleanly: nothing of the run's depends on it any more.
        }
        finally
        {
            _host.Dispose();
        }
    }
}
