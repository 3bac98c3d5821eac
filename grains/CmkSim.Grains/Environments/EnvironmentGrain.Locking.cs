using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
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
        RetryingWhenThrottled("checkKeyAccess", () => CheckKeyAccess(cause), new KeyAccessCheck(Name, cause));

    private async Task CheckKeyAccess(EventId? cause)
    {
        if (Model.Can(EnvironmentTrigger.LoseKeyAccess)) // LK-01: on a customer key, active or re-enabling
        {
            await LockIfUnreachable(cause);
            await store.WriteStateAsync();
        }
    }

    public async Task<Decision> ReEnableAsync(string actor)
    {
        var decisions = Decisions;
        var refusal = decisions.ReEnable(actor, await User(actor), Model.Can(EnvironmentTrigger.ReEnable));
        refusal ??= decisions.ReEnableUnderPolicy(actor, await GrainFactory.Reference<IEnterprisePolicyGrain>(State.Policy!).IsReaderAsync(actor));
        refusal ??= decisions.ReEnableWithKey((await AccessFailureUnlessThrottled())?.Message);
        if (refusal is not null)
        {
            return await Refuse(actor, Operations.ReEnableEnvironment, refusal);
        }

        Model.ReEnableRequested(actor); // LK-03's re-enable is scheduled as it enters ReEnabling
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
        Model.KeyAccessLost(failure, cause); // LK-02's deletion is scheduled as it enters Locked
    }

    /// <summary>
    /// Really unwraps every live resource's data key; null when all answer. The cause is EN-08 when every failing
    /// resource is still wrapped by an older version of the policy's key (its roll-out had not reached it), LK-01
    /// otherwise (the current version, the key, the vault or the access is gone).
    /// </summary>
    private async Task<KeyAccessFailure?> AccessFailure()
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
        var current = State.Policy is { } policy ? await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).CurrentKeyVersionAsync() : null;
        var onlyPreviousVersions = current is not null && failures.All(f =>
            f.WrappedBy != current && f.WrappedBy.Vault == current.Vault && f.WrappedBy.Name == current.Name);
        var unusable = failures.Select(f => f.WrappedBy).Distinct().ToList();
        return onlyPreviousVersions
            ? new KeyAccessFailure($"{why} (not yet re-wrapped under {current!.Version}: the previous version must stay enabled {En08PreviousKeyVersion.KeptFor.TotalDays:0} days after a rotation)", RuleId.EN08, unusable)
            : new KeyAccessFailure(why, RuleId.LK01, unusable);
    }

    private async Task CompleteReEnable(EventId? cause)
    {
        // Locked again (LK-02's deadline stands, from the original lock) or enabled (the pending deletion cancelled).
        if (Model.ReEnableCompleted(await AccessFailure(), cause) is { } reEnabled)
        {
            await CatchUpRollOut(reEnabled);
        }

        await store.WriteStateAsync();
    }

    /// <summary>EN-07 after a lock: resources the roll-out skipped while the environment was locked apply the current version now.</summary>
    private async Task CatchUpRollOut(EventId cause)
    {
        if (State.Owner != EncryptionOwner.CustomerManaged || State.Policy is not { } policy
            || await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).CurrentKeyVersionAsync() is not { } current)
        {
            return;
        }

        foreach (var (resource, key) in LiveKeys().Where(k => k.Key.WrappedBy != current).ToList())
        {
            if (Model.Active)
            {
                await RollOut(resource, key.WrappedBy, current, cause);
            }
        }
    }

    private async Task ExpireLock(EventId? cause)
    {
        Model.LockExpired(cause);
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
            await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        await store.WriteStateAsync();
    }
}
