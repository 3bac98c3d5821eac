using CmkSim.Contracts.Scheduling;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// The driver's end of <see cref="IEngineInbox"/>: each record becomes the engine's closure making its one call
/// through the client's grain factory, in the order the silo sends them (the queue orders by time, owner and owner's
/// sequence, so arrival matters only among one owner's records, which come from one call chain in order). The
/// environments a call wrote go to the run's <see cref="EnvironmentChanges"/>, as the embedded silo's storage tells it.
/// </summary>
internal sealed class EngineInbox(SimulationEngine engine, IGrainFactory grains) : IEngineInbox
{
    private long _received;

    /// <summary>Records received so far (the silos' scheduled work that reached this engine).</summary>
    public long Received => Interlocked.Read(ref _received);

    private readonly EnvironmentChanges _changes = EnvironmentChanges.Of(engine);

    public Task EnqueueAsync(IReadOnlyList<ScheduledEntry> entries, IReadOnlyList<string> written)
    {
        foreach (var environment in written)
        {
            _changes.Changed(environment);
        }

        Interlocked.Add(ref _received, entries.Count);
        foreach (var entry in entries)
        {
            var work = entry.Work;
            engine.Schedule(entry.Due, entry.Owner, work.Kind, _ => work.RunAsync(grains), entry.Scope);
        }

        return Task.CompletedTask;
    }
}
