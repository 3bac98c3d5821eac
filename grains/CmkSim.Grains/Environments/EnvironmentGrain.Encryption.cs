using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
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

        State.PendingPolicy = policy;
        State.Policy = policy;
        State.LastEncryptionFailed = false;
        await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).LinkAsync(Name);
        History($"adding to policy '{policy}'", OperationStatus.Running);
        var rule = En13ByokToCmk.AddRule(State.Owner == EncryptionOwner.Byok);
        Model.AddedToPolicy(actor, policy, rule); // EN-03's encryption is scheduled as it enters Encrypting
        await store.WriteStateAsync();
        return Decision.Accept($"accepted (202): environment disabled while it is encrypted with '{policy}'") with { RuleId = rule };
    }

    public async Task<Decision> RemoveFromPolicyAsync(string actor)
    {
        var decisions = Decisions;
        var refusal = decisions.Remove(actor, await User(actor), Model.Can(EnvironmentTrigger.RemoveFromPolicy),
            Model.HeldBy(EnvironmentTrigger.RemoveFromPolicy)?.Rule);
        refusal ??= decisions.RemoveUnderPolicy(actor, await GrainFactory.Reference<IEnterprisePolicyGrain>(State.Policy!).IsReaderAsync(actor));
        if (refusal is not null)
        {
            return await Refuse(actor, Operations.RemoveEnvironment, refusal);
        }

        var policy = State.Policy!;
        History($"removing from policy '{policy}'", OperationStatus.Running);
        Model.RemovedFromPolicy(actor, policy); // the revert is scheduled as it enters Reverting
        await store.WriteStateAsync();
        return Decision.Accept("accepted (202): environment disabled while it returns to the Microsoft-managed key") with { RuleId = RuleId.EN04 };
    }

    /// <summary>
    /// EN-07: one storage resource re-wraps its data key under the new version, at the time the policy drew for it.
    /// It needs the version wrapping it now to unwrap: if that version is gone, the re-wrap fails and the
    /// environment locks (EN-08 when it is the previous version). A locked environment catches up when re-enabled.
    /// </summary>
    public Task RollOutKeyVersionAsync(KeyVersionId version, StorageResource resource, EventId cause) =>
        RetryingWhenThrottled(RollOutOperation(resource), () => RollOutKeyVersion(version, resource, cause),
            new KeyVersionRollOut(Name, version, resource, cause));

    private async Task RollOutKeyVersion(KeyVersionId version, StorageResource resource, EventId cause)
    {
        if (State.Owner != EncryptionOwner.CustomerManaged || !Model.Active
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
        catch (KeyVaultTransientException e)
        {
            RetryRollOutLater(resource, to, cause, e);
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
        var policy = GrainFactory.Reference<IEnterprisePolicyGrain>(policyName);
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
            History($"Failed: {failure}; data stays on the {State.Owner} key; run Add environment again", OperationStatus.Failed);
            Model.EncryptionFailure(failure, cause);
        }
        else
        {
            if (State.Owner == EncryptionOwner.Byok)
            {
                // BY-01: the BYOK key stays needed for restores of older backups; there is no way back to BYOK.
                State.RetiredByokKey = (await PlatformKeys.ByokAsync(GrainFactory, Name));
            }

            State.Owner = EncryptionOwner.CustomerManaged;
            History($"Succeeded: data key wrapped by {version!.Uri}", OperationStatus.Succeeded);
            Model.Encrypted(version, By01ByokMigration.EncryptionRule(State.RetiredByokKey is not null), cause);
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
            await GrainFactory.Reference<IEnterprisePolicyGrain>(policy).UnlinkAsync(Name);
            History($"Succeeded: removed from '{policy}', back on the Microsoft-managed key", OperationStatus.Succeeded);
            Model.Reverted(formerKey!.Split('/')[0], formerKey.Split('/')[1], formerIdentity, cause);
        }
        catch (EnvelopeException e)
        {
            History($"Failed: {e.Message}", OperationStatus.Failed);
            await LockIfUnreachable(Model.RevertFailure(e.Message, cause));
        }

        await store.WriteStateAsync();
    }

    /// <summary>Every refusal Add environment can meet, in the order the platform checks them; null when it may go.</summary>
    private async Task<Decision?> LinkRefusal(string actor, string policyName)
    {
        var decisions = Decisions;
        if (decisions.Add(actor, await User(actor), policyName, Model.Can(EnvironmentTrigger.AddToPolicy)) is { } refused)
        {
            return refused;
        }

        var terms = await GrainFactory.Reference<IEnterprisePolicyGrain>(policyName).GetTermsAsync(actor);
        return decisions.AddUnderPolicy(actor, policyName, terms?.Definition.Location, terms?.ActorIsReader ?? false)
            ?? await VaultRefusal(terms!);
    }

    /// <summary>EP-07, KV-01, KV-07, then a real wrap as the policy's identity (KV-04, KV-06, KV-07).</summary>
    private async Task<Decision?> VaultRefusal(PolicyTerms terms)
    {
        var vault = GrainFactory.Reference<IKeyVaultGrain>(terms.Definition.Vault);
        var settings = await vault.GetSettingsAsync();
        if ((Ep07KeyVaultReference.VaultRefusal(terms.Definition.Vault, settings is not null)
            ?? Kv01SoftDeleteRetention.PolicyVaultRefusal(terms.Definition.Vault, settings!.SoftDeleteEnabled, settings.PurgeProtectionEnabled)) is { } refused)
        {
            return refused;
        }

        var key = await GrainFactory.Reference<IEnterprisePolicyGrain>(terms.Definition.Name).CurrentKeyVersionAsync();
        if (Kv07KeyUsable.KeyRefusal(terms.Definition.KeyName, terms.Definition.Vault, key is not null) is { } missing)
        {
            return missing;
        }

        var probe = await vault.WrapKeyAsync(terms.IdentityPrincipal, key!, KeyWrapAlgorithm.RsaOaep, new byte[32]);
        if (probe.Status == KeyVaultStatus.TooManyRequests)
        {
            return null; // a 429 says nothing about access: the encryption's own wraps find out (and back off)
        }

        if (probe.Status is KeyVaultStatus.ServiceUnavailable or KeyVaultStatus.Unreachable)
        {
            // An outage says nothing about permission either: the key did not answer (LK-01's availability side).
            // Cited as KV-06 before, an HSM outage read in the audit log as a revoked permission.
            return Lk01KeyAccessLoss.WriteRefusal($"{(int)probe.Status}: {probe.Message}");
        }

        return Kv06KeyPermissions.ProbeRefusal(probe.Succeeded, (int)probe.Status, probe.Message, probe.RuleId);
    }
}
