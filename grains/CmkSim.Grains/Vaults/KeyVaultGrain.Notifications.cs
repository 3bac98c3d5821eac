using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Graphs;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Telling the enterprise policies that use this vault. Notices go through the engine's queue at the current
/// simulated time rather than as direct calls: a direct call would come back to this (non-reentrant) grain through
/// the environments' unwraps and deadlock, and the queue keeps the order deterministic.
/// </summary>
public sealed partial class KeyVaultGrain
{
    public async Task SubscribeAsync(string policy)
    {
        if (State.Subscribers.Add(policy))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<KeyVaultSettings?> GetSettingsAsync() => Task.FromResult(State.Deleted ? null : State.Settings);

    public async Task<KeyVaultResult<KeyVaultSettings>> SetNetworkAsync(string actor, bool publicNetworkAccess, bool trustedServicesBypass)
    {
        if (await Missing<KeyVaultSettings>(actor, Operations.SetNetwork) is { } missing)
        {
            return missing;
        }

        State.Settings = State.Settings! with { PublicNetworkAccess = publicNetworkAccess, TrustedServicesBypass = trustedServicesBypass };
        return await Done(actor, new NetworkChanged(Vault, publicNetworkAccess, trustedServicesBypass), State.Settings, NotifyAccessChanged);
    }

    public async Task<KeyVaultResult<string>> DeleteVaultAsync(string actor)
    {
        if (await Missing<string>(actor, Operations.DeleteKeyVault) is { } missing)
        {
            return missing;
        }

        KeyMachines.Vault(State).Fire(DeletionTrigger.Delete);
        State.DeletedOn = time.GetUtcNow();
        if (State.Lifecycle == DeletionState.SoftDeleted)
        {
            var ticket = ++State.Ticket;
            scheduler.Schedule(State.DeletedOn.Value + TimeSpan.FromDays(State.Settings!.SoftDeleteRetentionDays), $"vault/{Vault}",
                new VaultRetentionDue(Vault, ticket));
        }
        else
        {
            await DestroyAllKeys();
        }

        return await Done(actor, new VaultDeleted(Vault, Soft: State.Lifecycle == DeletionState.SoftDeleted), State.Lifecycle.ToString(), NotifyAccessChanged);
    }

    public async Task<KeyVaultResult<string>> RecoverVaultAsync(string actor)
    {
        var machine = KeyMachines.Vault(State);
        if (State.Settings is null || !machine.CanFire(DeletionTrigger.Recover))
        {
            return await Refuse<string>(actor, Operations.RecoverKeyVault, "", KeyVaultStatus.NotFound, Sd02SoftDeleteAndPurgeProtection.NoDeletedVaultRefusal(Vault, "recover"));
        }

        machine.Fire(DeletionTrigger.Recover);
        State.Ticket++; // the retention timer is void
        return await Done(actor, new VaultRecovered(Vault), "recovered");
    }

    public async Task<KeyVaultResult<string>> PurgeVaultAsync(string actor)
    {
        var machine = KeyMachines.Vault(State);
        var held = State.Settings is null ? null : machine.UnmetGuard(DeletionTrigger.Purge);
        if (State.Settings is null || (held is null && !machine.CanFire(DeletionTrigger.Purge)))
        {
            return await Refuse<string>(actor, Operations.PurgeKeyVault, "", KeyVaultStatus.NotFound, Sd02SoftDeleteAndPurgeProtection.NoDeletedVaultRefusal(Vault, "purge"));
        }

        if (held is not null)
        {
            // The machine's purge-protection guard (SD-02) holds a soft-deleted vault until its retention ends.
            return await Refuse<string>(actor, Operations.PurgeKeyVault, "", KeyVaultStatus.Conflict, Sd02SoftDeleteAndPurgeProtection.VaultPurgeHeldRefusal(held.Rule));
        }

        machine.Fire(DeletionTrigger.Purge);
        await DestroyAllKeys();
        return await Done(actor, new VaultPurged(Vault, RetentionElapsed: false), "purged");
    }

    private async Task DestroyAllKeys()
    {
        foreach (var key in State.Keys.Values.ToList())
        {
            await Destroy(key);
        }
    }

    private void NotifyAccessChanged(EventId cause) => Notify(policy => new KeyAccessChangedNotice(policy, cause));

    /// <summary>
    /// A role or an access policy of one principal changed: only what that principal may do changed (roles and access
    /// policies name it exactly, <see cref="KeyVaultAccess"/>), so only the policy whose identity it is (EP-03) is told.
    /// Telling every policy on the vault made each of their environments unwrap every data key again for nothing.
    /// </summary>
    private void NotifyAccessChanged(EventId cause, string principal) =>
        Notify(policy => new KeyAccessChangedNotice(policy, cause), policy => Ep03SystemAssignedIdentity.IdentityOf(policy) == principal);

    private void NotifyRotated(KeyVersionId version, EventId cause) => Notify(policy => new KeyRotatedNotice(policy, version, cause));

    private void Notify(Func<string, ScheduledWork> notice, Func<string, bool>? concerns = null)
    {
        foreach (var policy in State.Subscribers.Where(p => concerns?.Invoke(p) ?? true))
        {
            scheduler.ScheduleAfter(TimeSpan.Zero, $"vault/{Vault}", notice(policy));
        }
    }
}
