using CmkSim.Contracts.Rules;
using CmkSim.Contracts.Tenants;

namespace CmkSim.Grains.Tenants;

/// <summary>The tenant: users with Entra roles and licences, and Microsoft.PowerPlatform registrations (KV-05).</summary>
public sealed class TenantGrain([PersistentState("tenant")] IPersistentState<TenantState> store) : Grain, ITenantGrain
{
    public async Task AddUserAsync(TenantUser user)
    {
        store.State.Users[user.Name] = user;
        await store.WriteStateAsync();
    }

    public Task<TenantUser?> GetUserAsync(string name) => Task.FromResult(store.State.Users.GetValueOrDefault(name));

    public async Task<Decision> RegisterResourceProviderAsync(string actor, string subscription)
    {
        store.State.RegisteredSubscriptions.Add(subscription);
        await store.WriteStateAsync();
        return Decision.Accept($"Microsoft.PowerPlatform registered on '{subscription}'");
    }

    public Task<bool> IsResourceProviderRegisteredAsync(string subscription) =>
        Task.FromResult(store.State.RegisteredSubscriptions.Contains(subscription));
}
