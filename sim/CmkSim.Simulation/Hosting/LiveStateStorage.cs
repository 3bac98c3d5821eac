using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Grain state kept as the live object each grain last wrote, never serialised: for one silo in this process. The
/// memory provider kept a serialised copy of every state beside the live one (an environment's state, records and
/// journal twice: about 9 KB of bytes each, and a full serialisation per write); here a state costs only itself. A
/// grain that is deactivated and activated again reads back the object it last wrote, records and journal intact.
/// </summary>
/// <remarks>
/// Only where every activation of a grain lives in this process (the embedded silo): a cluster of silos keeps the
/// memory provider (<see cref="GrainStateStorage.AddCmkSimMemoryStorage"/>), whose storage grains serve every silo.
/// </remarks>
public sealed class LiveStateStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId Grain), Stored> _states = new();

    /// <summary>The states written and not cleared (for tests).</summary>
    public int Count => _states.Count;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = (T)stored.State;
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var version = _states.TryGetValue(key, out var previous) ? previous.Version + 1 : 1;
        var etag = version.ToString(CultureInfo.InvariantCulture);
        _states[key] = new Stored(grainState.State!, version, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _states.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private sealed record Stored(object State, long Version, string ETag);
}
