using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Environments;

/// <summary>Locking when the key stops answering, re-enabling, and the deletion of environments left locked.</summary>
public sealed partial class EnvironmentGrain
{
    public async Task CheckKeyAccessAsync()
    {
        if (Machine.CanFire(EnvironmentTrigger.LoseKeyAccess)) // LK-01: on a customer key, active or re-enabling
        {
            await LockIfUnreachable();
            await store.WriteStateAsync();
        }
    }

    public async Task<Decision> ReEnableAsync(string actor)
    {
        if (await Admin(actor) is { } notAdmin)
        {
            return await Record(actor, "reEnableEnvironment", notAdmin);
        }

        if (!Machine.CanFire(EnvironmentTrigger.ReEnable))
        {
            return await Record(actor, "reEnableEnvironment", Decision.Refuse(RuleId.LK03, $"environment is {EnvironmentStatusMap.Status(State.Lifecycle)}, not locked: only a locked environment is re-enabled"));
        }

        if (!await GrainFactory.GetGrain<IEnterprisePolicyGrain>(State.Policy!).IsReaderAsync(actor))
        {
            return await Record(actor, "reEnableEnvironment", Decision.Refuse(RuleId.LK03, $"'{actor}' needs read access to policy '{State.Policy}'"));
        }

        if (await AccessFailure() is { } failure)
        {
            return await Record(actor, "reEnableEnvironment", Decision.Refuse(RuleId.LK03,
                $"the original key still refuses ({failure.Message}): restore every permission on the original key first"));
        }

        Machine.Fire(EnvironmentTrigger.ReEnable);
        Schedule(EnvironmentOperation.ReEnableDue, Draw("re-enable", TimeSpan.FromMinutes(1), Lk03ReEnable.MaxDuration));
        return await Record(actor, "reEnableEnvironment", Decision.Accept("re-enabling (about five minutes)") with { RuleId = RuleId.LK03 });
    }

    /// <summary>
    /// Locks the environment if some storage resource's data key no longer unwraps (EN-09/LK-01), citing the
    /// resource, the version wrapping it and the vault's answer; EN-08 when that version is a previous one the
    /// resource had not yet re-wrapped away from.
    /// </summary>
    private async Task LockIfUnreachable()
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
        Schedule(EnvironmentOperation.LockExpiryDue, grace);
        // EN-09 is the consequence the seed names for lost key access; EN-08 when it is the previous version that went.
        Audit("platform", "lockEnvironment", $"Environment disabled: {failure.Message}; deleted in {grace.TotalDays:0} days unless access is restored",
            failure.Rule == RuleId.LK01 ? RuleId.EN09 : failure.Rule);
    }

    /// <summary>
    /// Really unwraps every live resource's data key; null when all answer. The cause is EN-08 when every failing
    /// resource is still wrapped by an older version of the policy's key (its roll-out had not reached it), LK-01
    /// otherwise (the current version, the key, the vault or the access is gone).
    /// </summary>
    private async Task<(string Message, string Rule)?> AccessFailure()
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
        return onlyPreviousVersions
            ? ($"{why} (not yet re-wrapped under {current!.Version}: the previous version must stay enabled {En08PreviousKeyVersion.KeptFor.TotalDays:0} days after a rotation)", RuleId.EN08)
            : (why, RuleId.LK01);
    }

    private async Task CompleteReEnable()
    {
        if (await AccessFailure() is { } failure)
        {
            Machine.Fire(EnvironmentTrigger.LoseKeyAccess);
            Audit("platform", "reEnableEnvironment", $"Failed: {failure.Message}", failure.Rule);
        }
        else
        {
            State.LockedAt = null;
            State.LockRule = null;
            ++State.Ticket; // cancels the pending deletion
            Machine.Fire(EnvironmentTrigger.ReEnabled);
            Audit("platform", "reEnableEnvironment", "Succeeded: environment enabled", RuleId.LK03);
            await CatchUpRollOut();
        }

        await store.WriteStateAsync();
    }

    /// <summary>EN-07 after a lock: resources the roll-out skipped while the environment was locked apply the current version now.</summary>
    private async Task CatchUpRollOut()
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
                await RollOut(resource, key.WrappedBy, current);
            }
        }
    }

    private async Task ExpireLock()
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

        Audit("platform", "deleteLockedEnvironment", $"Deleted after {time.GetUtcNow() - State.LockedAt:%d} days locked: its data is lost", RuleId.LK02);
        await store.WriteStateAsync();
    }
}
