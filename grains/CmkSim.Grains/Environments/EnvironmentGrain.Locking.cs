using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>Locking when the key stops answering, re-enabling, and the deletion of environments left locked.</summary>
public sealed partial class EnvironmentGrain
{
    public Task CheckKeyAccessAsync(EventId? cause) =>
        RetryingWhenThrottled("checkKeyAccess", () => CheckKeyAccess(cause), self => self.CheckKeyAccessAsync(cause));

    private async Task CheckKeyAccess(EventId? cause)
    {
        if (Machine.CanFire(EnvironmentTrigger.LoseKeyAccess)) // LK-01: on a customer key, active or re-enabling
        {
            await LockIfUnreachable(cause);
            await store.WriteStateAsync();
        }
    }

    public async Task<Decision> ReEnableAsync(string actor)
    {
        var decisions = Decisions;
        var refusal = decisions.ReEnable(actor, await User(actor), Machine.CanFire(EnvironmentTrigger.ReEnable));
        refusal ??= decisions.ReEnableUnderPolicy(actor, await GrainFactory.GetGrain<IEnterprisePolicyGrain>(State.Policy!).IsReaderAsync(actor));
        refusal ??= decisions.ReEnableWithKey((await AccessFailureUnlessThrottled())?.Message);
        if (refusal is not null)
        {
            return await Refuse(actor, Operations.ReEnableEnvironment, refusal);
        }

        Machine.Fire(EnvironmentTrigger.ReEnable);
        var requested = Journal(actor, new ReEnableRequested(Name));
        Schedule(EnvironmentOperation.ReEnableDue, Draw("re-enable", TimeSpan.FromMinutes(1), Lk03ReEnable.MaxDuration), requested);
        await store.WriteStateAsync();
        return Decision.Accept("re-enabling (about five minutes)") with { RuleId = RuleId.LK03 };
    }

    /// <summary>
    /// Locks the environment if some storage resource's data key no longer unwraps (EN-09/LK-01), citing the
    /// resource, the version wrapping it and the vault's answer; EN-08 when that version is a previous one the
    /// resource had not yet re-wrapped away from.
    /// </summary>
    /// <param name="cause">What made the key stop answering (a role removal, a disabled version, a failed roll-out).</param>
    private async Task LockIfUnreachable(EventId? cause)
    {
        if (await AccessFailure() is not { } failure)
        {
            return;
        }

        EvictCachedKeys();
        State.LockedAt = time.GetUtcNow();
        State.LockRule = failure.Rule;
        Machine.Fire(EnvironmentTrigger.LoseKeyAccess);
        var grace = Lk02LockedEnvironmentDeletion.DeletedAfter(State.Spec!.Type);
        var locked = Journal(PlatformActor, new EnvironmentLocked(Name, failure.Message, En09LockOnLostKeyAccess.LockRule(failure.Rule),
            failure.Unusable, grace), cause);
        State.LockEvent = locked;
        Schedule(EnvironmentOperation.LockExpiryDue, grace, locked);
    }

    /// <summary>
    /// Really unwraps every live resource's data key; null when all answer. The cause is EN-08 when every failing
    /// resource is still wrapped by an older version of the policy's key (its roll-out had not reached it), LK-01
    /// otherwise (the current version, the key, the vault or the access is gone).
    /// </summary>
    private async Task<(string Message, string Rule, IReadOnlyList<KeyVersionId> Unusable)?> AccessFailure()
    {
        var failures = new List<(StorageResource Resource, KeyVersionId WrappedBy, EnvelopeException Error)>();
        foreach (var (resource, key) in LiveKeys().ToList())
        {
            try
            {
                var store = Store(resource);
                store.EvictCachedKey();
                await store.ProbeAsync();
            }
            catch (EnvelopeException e)
            {
                failures.Add((resource, key.WrappedBy, e));
            }
        }

        if (failures.Count == 0)
        {
            return null;
        }

        var why = string.Join("; ", failures.Select(f => $"{f.Resource}'s data key is wrapped by {f.WrappedBy.Uri}: {f.Error.Message}"));
        var current = State.Policy is { } policy ? await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).CurrentKeyVersionAsync() : null;
        var onlyPreviousVersions = current is not null && failures.All(f =>
            f.WrappedBy != current && f.WrappedBy.Vault == current.Vault && f.WrappedBy.Name == current.Name);
        var unusable = failures.Select(f => f.WrappedBy).Distinct().ToList();
        return onlyPreviousVersions
            ? ($"{why} (not yet re-wrapped under {current!.Version}: the previous version must stay enabled {En08PreviousKeyVersion.KeptFor.TotalDays:0} days after a rotation)", RuleId.EN08, unusable)
            : (why, RuleId.LK01, unusable);
    }

    private async Task CompleteReEnable(EventId? cause)
    {
        if (await AccessFailure() is { } failure)
        {
            Machine.Fire(EnvironmentTrigger.LoseKeyAccess);
            Journal(PlatformActor, new ReEnableFailed(Name, failure.Message, failure.Rule), cause);
            // Asking to re-enable replaced the pending deletion (one ticket per environment): locked again, the
            // LK-02 deadline stands as it was, counted from the original lock.
            var deadline = State.LockedAt!.Value + Lk02LockedEnvironmentDeletion.DeletedAfter(State.Spec!.Type);
            var remaining = deadline - time.GetUtcNow();
            Schedule(EnvironmentOperation.LockExpiryDue, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, State.LockEvent!.Value);
        }
        else
        {
            State.LockedAt = null;
            State.LockRule = null;
            State.LockEvent = null;
            ++State.Ticket; // cancels the pending deletion
            Machine.Fire(EnvironmentTrigger.ReEnabled);
            var reEnabled = Journal(PlatformActor, new EnvironmentReEnabled(Name), cause);
            await CatchUpRollOut(reEnabled);
        }

        await store.WriteStateAsync();
    }

    /// <summary>EN-07 after a lock: resources the roll-out skipped while the environment was locked apply the current version now.</summary>
    private async Task CatchUpRollOut(EventId cause)
    {
        if (State.Owner != EncryptionOwner.CustomerManaged || State.Policy is not { } policy
            || await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).CurrentKeyVersionAsync() is not { } current)
        {
            return;
        }

        foreach (var (resource, key) in LiveKeys().Where(k => k.Key.WrappedBy != current).ToList())
        {
            if (State.Lifecycle == EnvironmentLifecycle.Active)
            {
                await RollOut(resource, key.WrappedBy, current, cause);
            }
        }
    }

    private async Task ExpireLock(EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.LockExpired);
        foreach (var resource in Resources)
        {
            StateOf(resource).Records.Clear();
            StateOf(resource).DataKey = null;
        }

        State.Flows.Records.Clear();
        DeleteBackups("the locked environment was deleted (LK-02)", RuleId.LK02);
        State.DataLost = true;
        ForgetStores();
        if (State.Policy is { } policy)
        {
            await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        Journal(PlatformActor, new LockedEnvironmentDeleted(Name, time.GetUtcNow() - State.LockedAt!.Value), cause);
        await store.WriteStateAsync();
    }
}
