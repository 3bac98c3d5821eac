using CmkSim.Domain.Journal;
using Orleans.Concurrency;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Contracts.Tenants;

/// <summary>The customer's tenant: its users and its subscriptions' resource-provider registrations (rule KV-05).</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    Task AddUserAsync(TenantUser user);

    /// <remarks>Every environment of a step's backup or admin operation asks it at once (EN-02): a synchronous read, so it interleaves.</remarks>
    [AlwaysInterleave]
    Task<TenantUser?> GetUserAsync(string name);

    /// <summary>
    /// EN-02's sign-in, asked before every step a tenant user takes: null when <paramref name="actor"/> may act, else
    /// the refusal, journaled (a deactivated account reaches no vault, policy or environment, whatever it asks).
    /// </summary>
    Task<Decision?> SignInAsync(string actor, string operation);

    Task<Decision> RegisterResourceProviderAsync(string actor, string subscription);

    Task<bool> IsResourceProviderRegisteredAsync(string subscription);

    /// <summary>
    /// A policy deployment reads its ARM template (EP-01): the text <paramref name="json"/>, or the
    /// <paramref name="problem"/> that kept it from being read. A template that can't be read or parsed names no
    /// policy yet, so the deployment's refusal is journaled here, by the tenant whose subscription deploys it.
    /// </summary>
    Task<PolicyTemplateReading> ReadPolicyTemplateAsync(string actor, string template, string? json, string? problem);

    Task<IReadOnlyList<JournalEvent>> GetJournalAsync();

    /// <summary>Journals silo <paramref name="silo"/> killed (or <paramref name="restarted"/>) on purpose: the platform's own event, kept in the tenant's journal.</summary>
    Task JournalSiloAsync(string actor, int silo, bool restarted);

    /// <summary>Gives (<paramref name="granted"/>) or takes an Entra role during the run (EN-02).</summary>
    Task<Decision> SetEntraRoleAsync(string actor, string user, EntraRole role, bool granted);

    /// <summary>Deactivates a user account (EN-02).</summary>
    Task<Decision> DeactivateUserAsync(string actor, string user);

    /// <summary>Takes a licence from a user (EN-11).</summary>
    Task<Decision> RemoveLicenseAsync(string actor, string user, string license);
}
