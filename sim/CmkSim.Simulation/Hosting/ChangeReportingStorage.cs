using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>The memory grain storage, telling the run's <see cref="EnvironmentChanges"/> of each environment's write.</summary>
internal sealed class ChangeReportingStorage : IGrainStorage
{
    private readonly IGrainStorage _inner;
    private readonly EnvironmentChanges? _changes;

    public ChangeReportingStorage(IGrainStorage inner, EnvironmentChanges? changes)
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
            _changes.Changed(grainId.Key.ToString()!);
        }
    }
}
