using CmkSim.Contracts.Scheduling;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A run's grains on a cluster of silos in other processes, driven from this one: the engine stays here (see
/// <see cref="Driver.AddCmkSimDriver"/>), and this registers the run's inbox, where the silos deliver the work grains
/// schedule.
/// </summary>
public sealed class ClusterGrainHost : IGrainHost
{
    private readonly IClusterClient _client;
    private readonly IAsyncDisposable? _owner;
    private readonly EngineInbox _inbox; // held: Orleans keeps only a weak reference to an observer
    private readonly IEngineInbox _reference;

    private ClusterGrainHost(IClusterClient client, IAsyncDisposable? owner, EngineInbox inbox, IEngineInbox reference, SimulationEngine engine)
    {
        (_client, _owner, _inbox, _reference) = (client, owner, inbox, reference);
        Changes = EnvironmentChanges.Of(engine);
    }

    /// <summary>The environments the silos reported written (see <see cref="EngineInbox"/>).</summary>
    internal EnvironmentChanges Changes { get; }

    public IGrainFactory Grains => _client;

    bool IGrainHost.Clustered => true;

    /// <summary>How many records of scheduled work the silos have delivered to this run's engine.</summary>
    public long WorkReceived => _inbox.Received;

    /// <summary>After the client has started: the run's inbox goes live and every later call carries it.</summary>
    /// <param name="owner">Disposed after the inbox is dropped (e.g. the client's host).</param>
    public static ClusterGrainHost Attach(IClusterClient client, IAsyncDisposable? owner = null)
    {
        var run = client.ServiceProvider.GetService<DriverRun>()
            ?? throw new InvalidOperationException("the cluster client has no run to drive: configure it with AddCmkSimDriver(engine)");
        if (run.Inbox is not null)
        {
            throw new InvalidOperationException("this client's run is attached already: one run per client");
        }

        var inbox = new EngineInbox(run.Engine, client);
        var reference = client.CreateObjectReference<IEngineInbox>(inbox);
        run.Inbox = reference.GetGrainId().ToString();
        // From here every call carries the inbox, and the silos report each environment write to it with the call.
        EnvironmentChanges.Of(run.Engine).Attach();
        return new ClusterGrainHost(client, owner, inbox, reference, run.Engine);
    }

    /// <summary>
    /// Starts a cluster client for <paramref name="engine"/>'s run (<paramref name="cluster"/> says how to reach the
    /// cluster, e.g. Redis clustering) and attaches it; disposing the host stops the client.
    /// </summary>
    public static async Task<ClusterGrainHost> ConnectAsync(SimulationEngine engine, Action<IClientBuilder> cluster, CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error).AddSimpleConsole();
        builder.UseOrleansClient(client =>
        {
            cluster(client);
            client.AddCmkSimDriver(engine);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
            return Attach(host.Services.GetRequiredService<IClusterClient>(), new HostStopper(host));
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private sealed class HostStopper(IHost host) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.KeepAlive(_inbox);
        _client.DeleteObjectReference<IEngineInbox>(_reference);
        if (_owner is not null)
        {
            await _owner.DisposeAsync();
        }
    }
}
