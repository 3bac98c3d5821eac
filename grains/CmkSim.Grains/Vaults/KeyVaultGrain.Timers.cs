using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>Rotation policies and soft-delete retention, run on the engine's queue in simulated time.</summary>
public sealed partial class KeyVaultGrain
{
    private const string RotationActor = "rotation-policy";

    /// <summary>Who acts when a soft-delete retention ends: Key Vault itself.</summary>
    private const string RetentionActor = "key-vault";

    public async Task<KeyVaultResult<KeyRotationPolicy>> SetRotationPolicyAsync(string actor, string name, KeyRotationPolicy policy)
    {
        if (ActiveKey(name) is not { } key)
        {
            return await Refuse<KeyRotationPolicy>(actor, Operations.SetRotationPolicy, name, KeyVaultStatus.NotFound, Kv07KeyUsable.KeyNotFoundRefusal(name));
        }

        if (En07KeyVersionRollOut.RotationPolicyRefusal(policy.TimeAfterCreate is not null, policy.TimeBeforeExpiry is not null, policy.ExpiresAfter is not null) is { } refused)
        {
            return await Refuse<KeyRotationPolicy>(actor, Operations.SetRotationPolicy, name, KeyVaultStatus.BadRequest, refused);
        }

        key.RotationPolicy = policy;
        var current = key.Versions[^1];
        current.ExpiresOn ??= policy.ExpiresAfter is { } life ? current.CreatedOn + life : null;
        PlanRotation(key);
        return await Done(actor, new RotationPolicySet(Vault, name, policy), policy);
    }

    public async Task OnKeyTimerDueAsync(string name, KeyTimer timer, int ticket)
    {
        if (name.Length == 0)
        {
            // The vault's own retention: a soft-deleted vault is purged, keys and all.
            if (ticket == State.Ticket && KeyMachines.Vault(State).CanFire(DeletionTrigger.RetentionElapsed))
            {
                KeyMachines.Vault(State).Fire(DeletionTrigger.RetentionElapsed);
                await DestroyAllKeys();
                await Done(RetentionActor, new VaultPurged(Vault, RetentionElapsed: true), "");
            }

            return;
        }

        if (!State.Keys.TryGetValue(name, out var key) || key.Ticket != ticket)
        {
            return;
        }

        switch (timer)
        {
            case KeyTimer.Rotation when key.State == DeletionState.Active:
                var previous = new KeyVersionId(Vault, name, key.Versions[^1].Version);
                var version = await AddVersion(key, null, key.RotationPolicy?.ExpiresAfter is { } life ? time.GetUtcNow() + life : null);
                PlanRotation(key);
                var rotated = new KeyVersionId(Vault, name, version.Version);
                await Done(RotationActor, new KeyRotated(rotated, previous, ByRotationPolicy: true), "", id => NotifyRotated(rotated, id));
                break;
            case KeyTimer.ExpiryNotice:
                await Done(RotationActor, new KeyExpiryNotified(new KeyVersionId(Vault, name, key.Versions[^1].Version), key.Versions[^1].ExpiresOn), "");
                break;
            case KeyTimer.RetentionElapsed when KeyMachines.Lifecycle(key, State.Settings!).CanFire(DeletionTrigger.RetentionElapsed):
                KeyMachines.Lifecycle(key, State.Settings!).Fire(DeletionTrigger.RetentionElapsed);
                await Destroy(key);
                await Done(RetentionActor, new KeyPurged(Vault, name, RetentionElapsed: true), "");
                break;
        }
    }

    private void PlanRotation(KeyRecord key)
    {
        if (key.RotationPolicy is not { } policy)
        {
            return;
        }

        var current = key.Versions[^1];
        var byAge = policy.TimeAfterCreate is { } age ? current.CreatedOn + age : (DateTimeOffset?)null;
        var byExpiry = policy.TimeBeforeExpiry is { } lead && current.ExpiresOn is { } expires ? expires - lead : (DateTimeOffset?)null;
        var due = new[] { byAge, byExpiry }.Where(d => d is not null).Min();
        var ticket = ++key.Ticket;
        if (due is { } at)
        {
            ScheduleKeyTimer(key.Name, KeyTimer.Rotation, ticket, at);
        }

        if (policy.NotifyBeforeExpiry is { } notice && current.ExpiresOn is { } expiry)
        {
            ScheduleKeyTimer(key.Name, KeyTimer.ExpiryNotice, ticket, expiry - notice);
        }
    }

    private void ScheduleRetention(string name)
    {
        var key = State.Keys[name];
        ScheduleKeyTimer(name, KeyTimer.RetentionElapsed, ++key.Ticket, key.DeletedOn!.Value + TimeSpan.FromDays(State.Settings!.SoftDeleteRetentionDays));
    }

    private void ScheduleKeyTimer(string name, KeyTimer timer, int ticket, DateTimeOffset due)
    {
        var at = due < time.GetUtcNow() ? time.GetUtcNow() : due;
        scheduler.Schedule(at, $"vault/{Vault}/{name}", new KeyTimerDue(Vault, name, timer, ticket));
    }
}
