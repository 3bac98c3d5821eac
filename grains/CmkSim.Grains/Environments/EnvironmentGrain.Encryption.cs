using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Graphs;
using CmkSim.Grains.Journal;
using CmkSim.Grains.Policies;
using CmkSim.Grains.Tenants;

namespace CmkSim.Grains.Environments;

/// <summary>Adding to and removing from an enterprise policy, and rolling out new key versions.</summary>
public sealed partial class EnvironmentGrain
{
    public async Task<Decision> AddToPolicyAsync(string actor, string policy)
    {
        var refusal = await LinkRefusal(actor, policy);
        if (refusal is not null)
        {
            return await Refuse(actor, Operations.AddEnvironment, refusal);
        }

        Machine.Fire(EnvironmentTrigger.AddToPolicy);
        State.PendingPolicy = policy;
        State.Policy = policy;
        State.LastEncryptionFailed = false;
        await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).LinkAsync(Name);
        History($"adding to policy '{policy}'", OperationStatus.Running);
        var rule = State.Owner == EncryptionOwner.Byok ? RuleId.EN13 : RuleId.EN03;
        var added = Journal(actor, new EnvironmentAddedToPolicy(Name, policy, rule));
        Schedule(EnvironmentOperation.EncryptionDue, Draw("encryption", TimeSpan.FromMinutes(30), En03Encryption.MaxDuration), added);
        await store.WriteStateAsync();
        return Decision.Accept($"accepted (202): environment disabled while it is encrypted with '{policy}'") with { RuleId = rule };
    }

    public async Task<Decision> RemoveFromPolicyAsync(string actor)
    {
        if (await Admin(actor) is { } notAdmin)
        {
            return await Refuse(actor, Operations.RemoveEnvironment, notAdmin);
        }

        var removal = Machine;
        var held = removal.UnmetGuard(EnvironmentTrigger.RemoveFromPolicy);
        if (held is null && !removal.CanFire(EnvironmentTrigger.RemoveFromPolicy))
        {
            return await Refuse(actor, Operations.RemoveEnvironment, Decision.Refuse(DisabledRule,
                $"environment is {EnvironmentStatusMap.Status(State.Lifecycle)} and on {(State.Policy is null ? "no policy" : $"policy '{State.Policy}'")}"));
        }

        if (held is not null || State.Policy is not { } policy)
        {
            // The machine's guard (EN-04): an environment on no policy has nothing to return from.
            return await Refuse(actor, Operations.RemoveEnvironment, Decision.Refuse(held?.Rule ?? RuleId.EN04, "environment is on no policy: it is already on the Microsoft-managed key"));
        }

        if (!await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).IsReaderAsync(actor))
        {
            return await Refuse(actor, Operations.RemoveEnvironment, Decision.Refuse(RuleId.EP04, $"'{actor}' needs the Reader role on policy '{policy}'"));
        }

        Machine.Fire(EnvironmentTrigger.RemoveFromPolicy);
        History($"removing from policy '{policy}'", OperationStatus.Running);
        var removed = Journal(actor, new EnvironmentRemovedFromPolicy(Name, policy));
        Schedule(EnvironmentOperation.RevertDue, Draw("revert", TimeSpan.FromMinutes(30), En03Encryption.MaxDuration), removed);
        await store.WriteStateAsync();
        return Decision.Accept("accepted (202): environment disabled while it returns to the Microsoft-managed key") with { RuleId = RuleId.EN04 };
    }

    /// <summary>
    /// EN-07: one storage resource re-wraps its data key under the new version, at the time the policy drew for it.
    /// It needs the version wrapping it now to unwrap: if that version is gone, the re-wrap fails and the
    /// environment locks (EN-08 when it is the previous version). A locked environment catches up when re-enabled.
    /// </summary>
    public async Task RollOutKeyVersionAsync(KeyVersionId version, StorageResource resource, EventId cause)
    {
        if (State.Owner != EncryptionOwner.CustomerManaged || State.Lifecycle != EnvironmentLifecycle.Active
            || StateOf(resource).DataKey is not { } current || current.WrappedBy == version)
        {
            return;
        }

        await RollOut(resource, current.WrappedBy, version, cause);
        await store.WriteStateAsync();
    }

    /// <param name="cause">The rotation (or the re-enable that catches up).</param>
    private async Task RollOut(StorageResource resource, KeyVersionId from, KeyVersionId to, EventId cause)
    {
        try
        {
            await Store(resource).RewrapAsync(to, KeyWrapAlgorithm.RsaOaep);
            Journal(PlatformActor, new KeyVersionRolledOut(Name, resource, from, to), cause);
        }
        catch (EnvelopeException e)
        {
            var failed = Journal(PlatformActor, new RollOutFailed(Name, resource, e.Message), cause);
            await LockIfUnreachable(failed);
        }
    }

    private async Task CompleteEncryption(EventId? cause)
    {
        var policyName = State.PendingPolicy!;
        var policy = GrainFactory.GetGrain<IEnterprisePolicyGrain>(policyName);
        var version = await policy.CurrentKeyVersionAsync();
        var platformPrincipal = State.Principal;
        var failure = State.FailNextEncryption ? "injected failure" : version is null ? "the policy's key was not found" : null;
        var before = Resources.ToDictionary(r => r, r => StateOf(r).DataKey);
        if (failure is null)
        {
            try
            {
                State.Principal = EnterprisePolicyGrain.IdentityOf(policyName);
                await RewrapAllAsync(version!);
            }
            catch (EnvelopeException e)
            {
                failure = e.Message;
                foreach (var (resource, key) in before)
                {
                    StateOf(resource).DataKey = key; // every resource stays on the key it had: no half-encrypted environment
                }

                ForgetStores();
            }
        }

        State.PendingPolicy = null;
        State.FailNextEncryption = false;
        if (failure is not null)
        {
            State.Principal = platformPrincipal;
            State.LastEncryptionFailed = true;
            Machine.Fire(EnvironmentTrigger.EncryptionFailed);
            History($"Failed: {failure}; data stays on the {State.Owner} key; run Add environment again", OperationStatus.Failed);
            Journal(PlatformActor, new EncryptionFailed(Name, failure), cause);
        }
        else
        {
            if (State.Owner == EncryptionOwner.Byok)
            {
                // BY-01: the BYOK key stays needed for restores of older backups; there is no way back to BYOK.
                State.RetiredByokKey = (await PlatformKeys.ByokAsync(GrainFactory, Name));
            }

            State.Owner = EncryptionOwner.CustomerManaged;
            Machine.Fire(EnvironmentTrigger.EncryptionSucceeded);
            History($"Succeeded: data key wrapped by {version!.Uri}", OperationStatus.Succeeded);
            Journal(PlatformActor, new EnvironmentEncrypted(Name, version, State.RetiredByokKey is null ? RuleId.EN03 : RuleId.BY01), cause);
        }

        await store.WriteStateAsync();
    }

    private async Task CompleteRevert(EventId? cause)
    {
        var policy = State.Policy!;
        var formerKey = CustomerKey;
        var formerIdentity = State.Principal;
        try
        {
            await RewrapAllAsync(await PlatformKeys.MicrosoftManagedAsync(GrainFactory));
            State.Owner = EncryptionOwner.MicrosoftManaged;
            State.Principal = PlatformKeys.Principal;
            State.Policy = null;
            State.LastEncryptionFailed = false;
            await GrainFactory.GetGrain<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
            Machine.Fire(EnvironmentTrigger.RevertCompleted);
            History($"Succeeded: removed from '{policy}', back on the Microsoft-managed key", OperationStatus.Succeeded);
            Journal(PlatformActor, new EnvironmentReverted(Name, formerKey!.Split('/')[0], formerKey.Split('/')[1], formerIdentity), cause);
        }
        catch (EnvelopeException e)
        {
            Machine.Fire(EnvironmentTrigger.RevertCompleted);
            History($"Failed: {e.Message}", OperationStatus.Failed);
            var failed = Journal(PlatformActor, new RevertFailed(Name, e.Message), cause);
            await LockIfUnreachable(failed);
        }

        await store.WriteStateAsync();
    }

    /// <summary>Every refusal Add environment can meet, in the order the platform checks them; null when it may go.</summary>
    private async Task<Decision?> LinkRefusal(string actor, string policyName)
    {
        if (await Admin(actor) is { } notAdmin)
        {
            return notAdmin;
        }

        var spec = State.Spec!;
        if (!Machine.CanFire(EnvironmentTrigger.AddToPolicy))
        {
            return Decision.Refuse(DisabledRule, $"environment is {EnvironmentStatusMap.Status(State.Lifecycle)}");
        }

        if (State.Policy is { } current && (current != policyName || !State.LastEncryptionFailed))
        {
            return current == policyName
                ? Decision.Refuse(RuleId.EN03, $"already encrypted with policy '{current}': Add environment runs again only after a failed encryption")
                : Decision.Refuse(RuleId.EN06, $"on policy '{current}': remove it from that policy first, then add it to '{policyName}'");
        }

        if (spec.Type is EnvironmentType.Trial or EnvironmentType.Teams)
        {
            return Decision.Refuse(RuleId.EN01, $"{spec.Type} environments can't be added to an enterprise policy");
        }

        if (!State.Managed)
        {
            return Decision.Refuse(RuleId.EN01, "only Managed Environments can be added to a policy: enable Managed Environment first");
        }

        if (spec.FinanceAndOperationsWithoutIntegration)
        {
            return Decision.Refuse(RuleId.EN10, "finance and operations environments need Power Platform integration for CMK");
        }

        var user = await GrainFactory.GetGrain<ITenantGrain>(TenantKey.Default).GetUserAsync(actor);
        if (!Licensing.Qualifies(user!.Licenses))
        {
            return Decision.Refuse(RuleId.EN11, $"'{actor}' has none of the licences CMK requires (Microsoft 365 E5/A5/G5 or a listed compliance SKU)");
        }

        var policy = GrainFactory.GetGrain<IEnterprisePolicyGrain>(policyName);
        if (await policy.GetAsync() is not { } view)
        {
            // EP-04: Add environment needs the Reader role on the policy, and a policy that does not exist grants none.
            return Decision.Refuse(RuleId.EP04, $"enterprise policy '{policyName}' not found");
        }

        if (!view.Readers.Contains(actor))
        {
            return Decision.Refuse(RuleId.EP04, $"'{actor}' can view policy '{policyName}' but needs the Reader role on it to add environments");
        }

        if (view.Definition.Location != spec.Region)
        {
            return Decision.Refuse(RuleId.EP05, $"the environment is in '{spec.Region}', the policy in '{view.Definition.Location}'");
        }

        return await VaultRefusal(view);
    }

    /// <summary>KV-01, EP-07, then a real wrap as the policy's identity (KV-04, KV-06, KV-07).</summary>
    private async Task<Decision?> VaultRefusal(PolicyView view)
    {
        var vault = GrainFactory.GetGrain<IKeyVaultGrain>(view.Definition.Vault);
        if (await vault.GetSettingsAsync() is not { } settings)
        {
            return Decision.Refuse(RuleId.EP07, $"the policy's keyVault.id names vault '{view.Definition.Vault}', which does not exist");
        }

        if (!settings.SoftDeleteEnabled || !settings.PurgeProtectionEnabled)
        {
            return Decision.Refuse(RuleId.KV01, $"vault '{view.Definition.Vault}' needs soft delete and purge protection on");
        }

        var key = await GrainFactory.GetGrain<IEnterprisePolicyGrain>(view.Definition.Name).CurrentKeyVersionAsync();
        if (key is null)
        {
            return Decision.Refuse(RuleId.KV07, $"key '{view.Definition.KeyName}' not found in vault '{view.Definition.Vault}'");
        }

        var probe = await vault.WrapKeyAsync(view.IdentityPrincipal, key, KeyWrapAlgorithm.RsaOaep, new byte[32]);
        return probe.Succeeded ? null : Decision.Refuse(probe.RuleId ?? RuleId.KV06, $"{(int)probe.Status}: {probe.Message}");
    }
}
