using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Contracts.Tenants;

/// <summary>The customer's tenant: its users and its subscriptions' resource-provider registrations (rule KV-05).</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    Task AddUserAsync(TenantUser user);

    Task<TenantUser?> GetUserAsync(string name);

    Task<Decision> RegisterResourceProviderAsync(string actor, string subscription);

    Task<bool> IsResourceProviderRegisteredAsync(string subscription);

    Task<IReadOnlyList<JournalEvent>> GetJournalAsync();
}
