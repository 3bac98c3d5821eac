using CmkSim.Domain.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>Facts a scenario's expectations read from the environment, beyond its admin-center view.</summary>
public sealed partial class EnvironmentGrain
{
    /// <summary>Each live resource's data key with the version that wraps it; a resource without data key is left out.</summary>
    public Task<IReadOnlyList<ResourceKey>> ResourceKeysAsync() =>
        Task.FromResult<IReadOnlyList<ResourceKey>>(LiveKeys().Select(k => new ResourceKey(k.Resource, k.Key.WrappedBy)).ToList());
}
