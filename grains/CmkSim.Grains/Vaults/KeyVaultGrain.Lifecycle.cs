using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Graphs;

namespace CmkSim.Grains.Vaults;

/// <summary>Delete, recover and purge of keys, and who holds which permission.</summary>
public sealed partial class KeyVaultGrain
{
    public Task<KeyVaultResult<string>> DeleteKeyAsync(string actor, string name) => FireLifecycle(actor, name, DeletionTrigger.Delete);

    public Task<KeyVaultResult<string>> RecoverKeyAsync(string actor, string name) => FireLifecycle(actor, name, DeletionTrigger.Recover);

    public Task<KeyVaultResult<string>> PurgeKeyAsync(string actor, string name) => FireLifecycle(actor, name, DeletionTrigger.Purge);

    public async Task<KeyVaultResult<string>> AssignRoleAsync(string actor, string principal, KeyVaultRole role)
    {
        if (await Missing<string>(actor, Operations.AssignRole, principal) is { } missing)
        {
            return missing;
        }

        if (!State.Roles.Contains(new RoleAssignment(principal, role)))
        {
            State.Roles.Add(new RoleAssignment(principal, role));
        }

        return await Done(actor, new RoleAssigned(Vault, principal, role), principal);
    }

    public async Task<KeyVaultResult<string>> RemoveRoleAsync(string actor, string principal, KeyVaultRole role)
    {
        if (await Missing<string>(actor, Operations.RemoveRole, principal) is { } missing)
        {
            return missing;
        }

        State.Roles.Remove(new RoleAssignment(principal, role));
        return await Done(actor, new RoleRemoved(Vault, principal, role), principal, id => NotifyAccessChanged(id, principal));
    }

    public async Task<KeyVaultResult<string>> SetAccessPolicyAsync(string actor, string principal, KeyPermissions permissions)
    {
        if (await Missing<string>(actor, Operations.SetAccessPolicy, principal) is { } missing)
        {
            return missing;
        }

        State.AccessPolicies[principal] = permissions;
        return await Done(actor, new AccessPolicySet(Vault, principal, permissions), principal, id => NotifyAccessChanged(id, principal));
    }

    /// <summary>Removes every version of the key from the HSM: after this no backup it wrapped can be restored.</summary>
    private async Task Destroy(KeyRecord key)
    {
        foreach (var version in key.Versions)
        {
            await Hsm.DestroyKeyAsync(new Domain.Keys.KeyVersionId(Vault, key.Name, version.Version).HsmKeyId);
        }

        State.Keys.Remove(key.Name);
    }

    private async Task<KeyVaultResult<string>> FireLifecycle(string actor, string name, DeletionTrigger trigger)
    {
        var action = trigger switch
        {
            DeletionTrigger.Delete => Operations.DeleteKey,
            DeletionTrigger.Recover => Operations.RecoverKey,
            DeletionTrigger.Purge => Operations.PurgeKey,
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "only delete, recover and purge are actions"),
        };
        if (await Missing<string>(actor, action, name) is { } missing)
        {
            return missing;
        }

        if (!State.Keys.TryGetValue(name, out var key) || key.State == DeletionState.Purged)
        {
            return await Refuse<string>(actor, action, name, KeyVaultStatus.NotFound, Kv07KeyUsable.KeyNotFoundRefusal(name));
        }

        var machine = KeyMachines.Lifecycle(key, State.Settings!);
        if (!machine.CanFire(trigger))
        {
            // The machine's guard names the rule (purge protection: SD-02); a state with no such transition refuses under
            // the soft-delete lifecycle SD-02 describes.
            var held = machine.UnmetGuard(trigger);
            return await Refuse<string>(actor, action, name, KeyVaultStatus.Conflict,
                Sd02SoftDeleteAndPurgeProtection.KeyLifecycleRefusal(trigger.ToString(), key.State.ToString(), held?.Rule, held == KeyMachines.PurgeProtectionOff));
        }

        machine.Fire(trigger);
        key.DeletedOn = key.State == DeletionState.Active ? null : key.DeletedOn ?? time.GetUtcNow();
        if (key.State == DeletionState.SoftDeleted)
        {
            ScheduleRetention(name);
        }
        else if (key.State == DeletionState.Active)
        {
            key.Ticket++; // a recovered key's retention timer is void
            PlanRotation(key);
        }

        if (key.State == DeletionState.Purged)
        {
            await Destroy(key);
        }

        JournalEvent done = trigger switch
        {
            DeletionTrigger.Delete => new KeyDeleted(Vault, name, Soft: key.State == DeletionState.SoftDeleted),
            DeletionTrigger.Recover => new KeyRecovered(Vault, name),
            _ => new KeyPurged(Vault, name, RetentionElapsed: false),
        };
        return await Done(actor, done, key.State.ToString(), NotifyAccessChanged);
    }
}
