using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Keys;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Rules;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;

namespace CmkSim.Grains.Environments;

/// <summary>Locking when the key stops answering, re-enabling, and the deletion of environments left locked.</summary>
public sealed partial class EnvironmentGrain
{
    /// <summary>Rule EN-08: the previous key version stays in use for 28 days after a rotation.</summary>
    public static readonly TimeSpan PreviousVersionNeededFor = TimeSpan.FromDays(28);

    /// <summary>Rule LK-03: re-enabling one environment takes up to about five minutes.</summary>
    public static readonly TimeSpan MaxReEnableTime = TimeSpan.FromMinutes(5);

    public async Task CheckKeyAccessAsync()
    {
        if (State.Owner == EncryptionOwner.CustomerManaged && State.Lifecycle is EnvironmentLifecycle.Active or EnvironmentLifecycle.ReEnabling)
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

        if (State.Lifecycle != EnvironmentLifecycle.Locked)
        {
            return await Record(actor, "reEnableEnvironment", Decision.Refuse($"environment is {EnvironmentStatusMap.Status(State.Lifecycle)}, not locked"));
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
        Schedule(EnvironmentOperation.ReEnableDue, Draw("re-enable", TimeSpan.FromMinutes(1), MaxReEnableTime));
        return await Record(actor, "reEnableEnvironment", Decision.Accept("re-enabling (about five minutes)") with { RuleId = RuleId.LK03 });
    }

    /// <summary>Locks the environment if its key no longer answers, or its previous version is gone too soon (EN-08).</summary>
    private async Task LockIfUnreachable()
    {
        if (await AccessFailure() is not { } failure)
        {
            return;
        }

        Dataverse.EvictCachedKey();
        State.LockedAt = time.GetUtcNow();
        State.LockRule = failure.Rule;
        Machine.Fire(EnvironmentTrigger.LoseKeyAccess);
        var grace = State.Spec!.Type is EnvironmentType.Production or EnvironmentType.Default ? TimeSpan.FromDays(30) : TimeSpan.FromDays(7);
        Schedule(EnvironmentOperation.LockExpiryDue, grace);
        // EN-09 is the consequence the seed names for lost key access; EN-08 when it is the previous version that went.
        Audit("platform", "lockEnvironment", $"Environment disabled: {failure.Message}; deleted in {grace.TotalDays:0} days unless access is restored",
            failure.Rule == RuleId.LK01 ? RuleId.EN09 : failure.Rule);
    }

    /// <summary>Really unwraps the data key (and checks the previous version within 28 days); null when all answer.</summary>
    private async Task<(string Message, string Rule)?> AccessFailure()
    {
        try
        {
            Dataverse.EvictCachedKey();
            await Dataverse.ProbeAsync();
        }
        catch (EnvelopeException e)
        {
            return (e.Message, RuleId.LK01);
        }

        if (State.PreviousKey is { } previous && time.GetUtcNow() - State.RolledOutAt < PreviousVersionNeededFor)
        {
            var vault = GrainFactory.GetGrain<IKeyVaultGrain>(previous.Vault);
            var check = await vault.WrapKeyAsync(State.Principal, previous, KeyWrapAlgorithm.RsaOaep, new byte[32]);
            if (!check.Succeeded)
            {
                return ($"previous key version {previous.Version} is needed until {State.RolledOutAt + PreviousVersionNeededFor:O}: {check.Message}", RuleId.EN08);
            }
        }

        return null;
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
        }

        await store.WriteStateAsync();
    }

    private async Task ExpireLock()
    {
        Machine.Fire(EnvironmentTrigger.LockExpired);
        State.Dataverse.Records.Clear();
        State.Dataverse.DataKey = null;
        State.Flows.Records.Clear();
        DeleteBackups("the locked environment was deleted (LK-02)");
        State.DataLost = true;
        _dataverse = null;
        if (State.Policy is { } policy)
        {
            await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
        }

        Audit("platform", "deleteLockedEnvironment", $"Deleted after {time.GetUtcNow() - State.LockedAt:%d} days locked: its data is lost", RuleId.LK02);
        await store.WriteStateAsync();
    }
}
