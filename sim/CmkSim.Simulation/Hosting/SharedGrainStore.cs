using System.Collections.Concurrent;
using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Grain state of a multi-silo run, held once for the whole process rather than in any one silo: each state is kept
/// as the bytes Orleans' serializer wrote, under its state name and grain id, with a version as its ETag. A silo that
/// dies takes its activations with it but none of this, so its grains come back on another silo as last written.
/// </summary>
public sealed class SharedGrainStore
{
    private readonly ConcurrentDictionary<(string StateName, GrainId Grain), Entry> _entries = new();

    /// <summary>One stored state: its bytes and the version written last (the ETag callers must present).</summary>
    internal sealed record Entry(BinaryData Data, long Version)
    {
        public string ETag => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Count => _entries.Count;

    internal Entry? Read(string stateName, GrainId grain) => _entries.GetValueOrDefault((stateName, grain));

    /// <summary>Writes over the version <paramref name="etag"/> names (null: none yet); a stale ETag is refused, as Orleans' stores do.</summary>
    internal Entry Write(string stateName, GrainId grain, string? etag, BinaryData data)
    {
        var key = (stateName, grain);
        while (true)
        {
            var current = _entries.GetValueOrDefault(key);
            Check(stateName, grain, etag, current);
            var next = new Entry(data, (current?.Version ?? 0) + 1);
            if (current is null ? _entries.TryAdd(key, next) : _entries.TryUpdate(key, next, current))
            {
                return next;
            }
        }
    }

    internal void Clear(string stateName, GrainId grain, string? etag)
    {
        var key = (stateName, grain);
        while (_entries.TryGetValue(key, out var current))
        {
            Check(stateName, grain, etag, current);
            if (_entries.TryRemove(KeyValuePair.Create(key, current)))
            {
                return;
            }
        }
    }

    private static void Check(string stateName, GrainId grain, string? etag, Entry? current)
    {
        if (current?.ETag != etag)
        {
            throw new InconsistentStateException(
                $"{stateName} of {grain}: written with ETag '{etag}' over version '{current?.ETag}'", current?.ETag, etag);
        }
    }
}

/// <summary>The <see cref="IGrainStorage"/> of one silo over the process-wide <see cref="SharedGrainStore"/>.</summary>
internal sealed class SharedGrainStorage(SharedGrainStore store, IGrainStorageSerializer serializer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.Read(stateName, grainId) is { } entry)
        {
            grainState.State = serializer.Deserialize<T>(entry.Data);
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var entry = store.Write(stateName, grainId, grainState.ETag, serializer.Serialize(grainState.State));
        grainState.ETag = entry.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store.Clear(stateName, grainId, grainState.ETag);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }
}
