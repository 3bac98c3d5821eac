using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Audit;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Tenants;

/// <summary>The tenant: users with Entra roles and licences, and Microsoft.PowerPlatform registrations (KV-05).</summary>
public sealed class TenantGrain(
    [PersistentState("tenant")] IPersistentState<TenantState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time) : Grain, ITenantGrain
{
    public async Task AddUserAsync(TenantUser user)
    {
        store.State.Users[user.Name] = user;
        store.State.Audit.Add(new AuditEntry(time.GetUtcNow(), "tenant", "addUser", $"user/{user.Name}",
            $"Succeeded: roles={string.Join(',', user.Roles)} licenses={string.Join(',', user.Licenses)} active={user.Active}", null));
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync() => Task.FromResult<IReadOnlyList<AuditEntry>>(store.State.Audit.ToList());

    public Task<TenantUser?> GetUserAsync(string name) => Task.FromResult(store.State.Users.GetValueOrDefault(name));

    public async Task<Decision> RegisterResourceProviderAsync(string actor, string subscription)
    {
        store.State.RegisteredSubscriptions.Add(subscription);
        store.State.Audit.Add(new AuditEntry(time.GetUtcNow(), actor, "registerResourceProvider", $"subscription/{subscription}", "Succeeded", RuleId.KV05));
        await store.WriteStateAsync();
        return Decision.Accept($"Microsoft.PowerPlatform registered on '{subscription}'");
    }

    public Task<bool> IsResourceProviderRegisteredAsync(string subscription) =>
        Task.FromResult(store.State.RegisteredSubscriptions.Contains(subscription));
}
