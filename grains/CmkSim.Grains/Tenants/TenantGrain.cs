using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Grains.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Tenants;

/// <summary>The tenant: users with Entra roles and licences, and Microsoft.PowerPlatform registrations (KV-05).</summary>
public sealed partial class TenantGrain(
    [PersistentState("tenant")] IPersistentState<TenantState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time) : Grain, ITenantGrain
{
    public async Task AddUserAsync(TenantUser user)
    {
        store.State.Users[user.Name] = user;
        Journal("tenant", new UserAdded(user.Name, user.Roles, user.Licenses, user.Active));
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<JournalEvent>> GetJournalAsync() => Task.FromResult<IReadOnlyList<JournalEvent>>(store.State.Journal.ToList());

    public Task<TenantUser?> GetUserAsync(string name) => Task.FromResult(store.State.Users.GetValueOrDefault(name));

    public async Task<Decision> RegisterResourceProviderAsync(string actor, string subscription)
    {
        store.State.RegisteredSubscriptions.Add(subscription);
        Journal(actor, new ResourceProviderRegistered(subscription));
        await store.WriteStateAsync();
        return Decision.Accept($"Microsoft.PowerPlatform registered on '{subscription}'");
    }

    private void Journal(string actor, JournalEvent e) => store.State.Journal.Append(TenantKey.JournalOwner, time.GetUtcNow(), actor, e);

    public Task<bool> IsResourceProviderRegisteredAsync(string subscription) =>
        Task.FromResult(store.State.RegisteredSubscriptions.Contains(subscription));
}
