using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A silo's grain storage, telling the <see cref="IEnvironmentWriteSink"/> of each environment's write. Takes part in
/// the silo's lifecycle when the storage it wraps does (Redis connects there): Orleans registers the storage under its
/// name as the participant, which is this wrapper.
/// </summary>
internal sealed class ChangeReportingStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly IGrainStorage _inner;
    private readonly IEnvironmentWriteSink? _changes;

    public ChangeReportingStorage(IGrainStorage inner, IEnvironmentWriteSink? changes)
    {
        _inner = inner;
        _changes = changes;
        changes?.Attach();
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _inner.WriteStateAsync(stateName, grainId, grainState);
        Report(stateName, grainId);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _inner.ClearStateAsync(stateName, grainId, grainState);
        Report(stateName, grainId);
    }

    private void Report(string stateName, GrainId grainId)
    {
        if (_changes is not null && stateName == EnvironmentChanges.StateName)
        {
            _changes.Written(grainId.Key.ToString()!);
        }
    }

    public void Participate(ISiloLifecycle lifecycle) => (_inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
