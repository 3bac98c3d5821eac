using Orleans.Concurrency;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;

namespace CmkSim.Contracts.Policies;

/// <summary>
/// An enterprise policy of kind Encryption, keyed by name: its system-assigned identity, the key it points at, the
/// admins granted Reader on it, and the environments linked to it.
/// </summary>
public interface IEnterprisePolicyGrain : IGrainWithStringKey
{
    /// <param name="keyVersion">A version of the key to name (current, previous, a number: KV-07), resolved on the vault; a version the key lacks creates nothing.</param>
    Task<Decision> CreateAsync(string actor, EnterprisePolicyDefinition definition, string? keyVersion = null);

    Task<PolicyView?> GetAsync();

    /// <summary>
    /// The policy as an environment being added sees it (null when it does not exist), without the linked environments.
    /// Interleaves: many environments of one policy are added side by side, and it reads nothing a link changes.
    /// </summary>
    [AlwaysInterleave]
    Task<PolicyTerms?> GetTermsAsync(string actor);

    /// <summary>The update half of EP-06: a new location, vault, key or key version (KV-07), only while no environment is linked.</summary>
    /// <param name="keyVersion">As for <see cref="CreateAsync"/>: when given, it replaces the definition's version.</param>
    Task<Decision> UpdateAsync(string actor, EnterprisePolicyDefinition definition, string? keyVersion = null);

    Task<IReadOnlyList<JournalEvent>> GetJournalAsync();

    /// <summary>EP-04's Reader role; a policy that does not exist grants (or takes) no role (EP-01's 404).</summary>
    Task<Decision> GrantReaderAsync(string actor, string user);

    Task<Decision> RemoveReaderAsync(string actor, string user);

    Task<bool> IsReaderAsync(string user);

    Task<Decision> DeleteAsync(string actor);

    /// <summary>The key version new wraps use: the version the policy names, else the key's current version.</summary>
    [AlwaysInterleave] // a read that many environments' encryptions and re-enables ask at once
    Task<KeyVersionId?> CurrentKeyVersionAsync();

    Task LinkAsync(string environment);

    Task UnlinkAsync(string environment);

    /// <summary>The vault says a permission, a key or the network changed: every linked environment checks its access.</summary>
    Task OnKeyAccessChangedAsync(EventId cause);

    /// <summary>A new key version: rolled out to every linked environment within 24 hours (rule EN-07).</summary>
    Task OnKeyRotatedAsync(KeyVersionId newVersion, EventId cause);
}
