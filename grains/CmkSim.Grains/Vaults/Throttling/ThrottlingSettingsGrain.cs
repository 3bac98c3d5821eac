using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Grains.Vaults.Throttling;

/// <summary>Holds the run's service limits (stored, so a reactivation still knows them).</summary>
public sealed class ThrottlingSettingsGrain(
    [PersistentState("throttling")] IPersistentState<ThrottlingSettingsState> store) : Grain, IThrottlingSettingsGrain
{
    public async Task SetAsync(ThrottlingSettings settings)
    {
        store.State.Settings = settings;
        await store.WriteStateAsync();
    }

    public Task<ThrottlingSettings> GetAsync() => Task.FromResult(store.State.Settings);
}
