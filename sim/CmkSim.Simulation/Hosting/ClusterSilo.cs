using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Persistence;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// One silo process of a CmkSim cluster (<c>cmksim silo</c>): Redis membership, Redis grain state under the default
/// storage name the grains use, loopback endpoints, and <see cref="ClusterTimings"/>.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, ClusterSiloOptions options, int siloPort, int gatewayPort)
    {
        _host = host;
        Options = options;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public ClusterSiloOptions Options { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Joins the cluster; throws <see cref="ClusterUnreachableException"/> when its Redis does not answer.</summary>
    public static async Task<ClusterSilo> StartAsync(ClusterSiloOptions options, CancellationToken cancellation = default)
    {
        await ClusterRedis.CheckReachableAsync(options.Redis, cancellation);
        var siloPort = options.SiloPort == 0 ? FreePorts.Next() : options.SiloPort;
        var gatewayPort = options.GatewayPort == 0 ? FreePorts.Next() : options.GatewayPort;
        var redis = ClusterRedis.Configuration(options.Redis);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error).AddSimpleConsole();
        // No engine here: each call brings the run's time and seed, and what grains schedule goes back to the run's driver.
        builder.Services.AddCmkSimRemoteSilo(options.Hsm);
        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.EffectiveServiceId;
            })
            .UseRedisClustering(clustering => clustering.ConfigurationOptions = redis)
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false)
            .Configure<ClusterMembershipOptions>(ClusterTimings.Membership)
            .Configure<SiloMessagingOptions>(ClusterTimings.Messaging)
            .AddRedisGrainStorageAsDefault((OptionsBuilder<RedisStorageOptions> storage) => storage.Configure<Serializer>((o, serializer) =>
            {
                o.ConfigurationOptions = redis;
                // Orleans' binary serializer, as for memory state (GrainStateStorage says why not the JSON default).
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }))
            // The same Redis storage, each environment's write reported to the run's driver with the call that made it.
            .ConfigureServices(services => services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (provider, key) =>
                new ChangeReportingStorage(RedisGrainStorageFactory.Create(provider, (string)key!), provider.GetRequiredService<IEnvironmentWriteSink>()))));
        builder.UseOrleans(silo => ClusterSiloCounters.Register(silo, options));
        builder.UseOrleans(silo => VaultAffinityPlacement.Use(silo));
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        var host = builder.Build();
        try
        {
            // The HSM loads before the silo joins: a missing library or wrong PIN stops it before it takes any grain.
            var softHsm = host.Services.GetRequiredService<CmkSim.Crypto.Hsm.SoftHsm>();
            foreach (var label in options.HsmTokens)
            {
                softHsm.Token(label);
            }

            await host.StartAsync(cancellation);
            return new ClusterSilo(host, options, siloPort, gatewayPort);
        }
        catch
        {
            try
            {
                await host.StopAsync(CancellationToken.None);
            }
            catch (Exception)
            {
                // The start's own exception is the one to report.
            }

            host.Dispose();
            throw;
        }
    }

    /// <summary>Leaves the cluster cleanly (its grains deactivate, writing their state; its membership row says Dead).</summary>
    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(grace.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
