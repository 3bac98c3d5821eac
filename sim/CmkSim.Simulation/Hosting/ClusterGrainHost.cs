using CmkSim.Contracts.Scheduling;
using CmkSim.Simulation.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;

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

    private ClusterGrainHost(IClusterClient client, IAsyncDisposable? owner, EngineInbox inbox, IEngineInbox reference)
    {
        (_client, _owner, _inbox, _reference) = (client, owner, inbox, reference);
    }

    public IGrainFactory Grains => _client;

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
        return new ClusterGrainHost(client, owner, inbox, reference);
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
