using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Ports;
using CmkSim.Grains.Environments;
using CmkSim.Grains.Graphs;
using CmkSim.Grains.Journal;
using CmkSim.Grains.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Policies;

/// <summary>
/// An enterprise policy of kind Encryption. Creating it creates its system-assigned identity (EP-03), the principal a
/// key vault admin grants key access to; a Power Platform admin needs Reader on it to add environments (EP-04).
/// </summary>
public sealed partial class EnterprisePolicyGrain(
    [PersistentState("policy")] IPersistentState<EnterprisePolicyState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time,
    IWorkScheduler scheduler,
    IRandomStreams random) : Grain, IEnterprisePolicyGrain
{
    private EnterprisePolicyState State => store.State;

    private string Name => this.GetPrimaryKeyString();

    /// <summary>EP-03: the system-assigned identity the policy's creation creates (see its rule home).</summary>
    public static string IdentityOf(string policy) => Ep03SystemAssignedIdentity.IdentityOf(policy);

    public async Task<Decision> CreateAsync(string actor, EnterprisePolicyDefinition definition, string? keyVersion = null)
    {
        // A named version is resolved first (KV-07), as an update resolves it: a version that doesn't exist creates nothing.
        if (keyVersion is not null)
        {
            var (version, missing) = await ResolveVersionAsync(definition.Vault, definition.KeyName, keyVersion);
            if (missing is not null)
            {
                return await Refuse(actor, Operations.CreateEnterprisePolicy, missing);
            }

            definition = definition with { KeyVersion = version };
        }

        var machine = PolicyMachine.Create(State);
        var refusal = Ep01PolicyTemplate.CreateRefusal(Name, machine.CanFire(PolicyTrigger.Create))
            ?? Ep02PolicyLocation.Refusal(definition.Location, PolicyLocations.All);
        refusal ??= Kv05ResourceProvider.Refusal(definition.Subscription,
            await GrainFactory.Reference<ITenantGrain>(TenantKey.Default).IsResourceProviderRegisteredAsync(definition.Subscription));
        if (refusal is not null)
        {
            return await Refuse(actor, Operations.CreateEnterprisePolicy, refusal);
        }

        machine.Fire(PolicyTrigger.Create);
        State.Definition = definition;
        // The checks the platform made on the definition, each with its rule, so a report can show them passed.
        Journal(actor, new PolicyValidated(Name, "kind Encryption, identity SystemAssigned, state Enabled", RuleId.EP01));
        Journal(actor, new PolicyValidated(Name, $"location '{definition.Location}' is allowed", RuleId.EP02));
        Journal(actor, new PolicyValidated(Name, $"keyVault.id names vault '{definition.Vault}', key '{definition.KeyName}'", RuleId.EP07));
        await GrainFactory.Reference<IKeyVaultGrain>(definition.Vault).SubscribeAsync(Name);
        return await Accept(actor, new PolicyCreated(definition, IdentityOf(Name)), Decision.Accept(
            $"policy created with system-assigned identity '{IdentityOf(Name)}'") with { RuleId = RuleId.EP03 });
    }

    public Task<PolicyView?> GetAsync() => Task.FromResult(State.Definition is { } d
        ? new PolicyView(d, IdentityOf(Name), State.Environments.ToList(), State.Readers.ToList())
        : null);

    public Task<PolicyTerms?> GetTermsAsync(string actor) => Task.FromResult(State.Definition is { } d
        ? new PolicyTerms(d, IdentityOf(Name), State.Readers.Contains(actor))
        : null);

    public Task<IReadOnlyList<JournalEvent>> GetJournalAsync() => Task.FromResult<IReadOnlyList<JournalEvent>>(State.Journal.ToList());

    public async Task<Decision> GrantReaderAsync(string actor, string user)
    {
        if (Ep01PolicyTemplate.ReaderRefusal(Name, State.Definition is not null) is { } missing)
        {
            return await Refuse(actor, Operations.GrantPolicyReader, missing);
        }

        State.Readers.Add(user);
        return await Accept(actor, new PolicyReaderGranted(Name, user), Decision.Accept($"'{user}' is Reader on '{Name}'") with { RuleId = RuleId.EP04 });
    }

    public async Task<Decision> RemoveReaderAsync(string actor, string user)
    {
        if (Ep01PolicyTemplate.ReaderRefusal(Name, State.Definition is not null) is { } missing)
        {
            return await Refuse(actor, Operations.RemovePolicyReader, missing);
        }

        State.Readers.Remove(user);
        return await Accept(actor, new PolicyReaderRemoved(Name, user), Decision.Accept($"'{user}' is no longer Reader on '{Name}'") with { RuleId = RuleId.EP04 });
    }

    public Task<bool> IsReaderAsync(string user) => Task.FromResult(State.Readers.Contains(user));

    public async Task<Decision> DeleteAsync(string actor)
    {
        var machine = PolicyMachine.Create(State);
        if (!machine.CanFire(PolicyTrigger.Delete))
        {
            // The machine's guard names the rule (EP-06) while linked; a policy in no state to delete was never created.
            return await Refuse(actor, Operations.DeletePolicy, machine.UnmetGuard(PolicyTrigger.Delete) is { } held
                ? Ep06LinkedPolicy.DeleteHeldRefusal(Name, State.Environments.Count, held.Rule)
                : Ep01PolicyTemplate.NotFoundRefusal(Name));
        }

        machine.Fire(PolicyTrigger.Delete);
        State.Definition = null;
        return await Accept(actor, new PolicyDeleted(Name), Decision.Accept("policy deleted"));
    }

    public async Task<KeyVersionId?> CurrentKeyVersionAsync()
    {
        if (State.Definition is not { } d)
        {
            return null;
        }

        if (d.KeyVersion is { } pinned)
        {
            return new KeyVersionId(d.Vault, d.KeyName, pinned);
        }

        var key = await GrainFactory.Reference<IKeyVaultGrain>(d.Vault).GetKeyAsync(d.KeyName);
        return key.Succeeded ? key.Value!.Id : null;
    }

    public async Task LinkAsync(string environment)
    {
        State.Environments.Add(environment);
        await store.WriteStateAsync();
    }

    public async Task UnlinkAsync(string environment)
    {
        State.Environments.Remove(environment);
        await store.WriteStateAsync();
    }

    public Task OnKeyAccessChangedAsync(EventId cause)
    {
        // Each environment checks in its own event: no call chain back into the vault that is telling us.
        foreach (var environment in State.Environments)
        {
            scheduler.ScheduleAfter(TimeSpan.Zero, environment, new KeyAccessCheck(environment, cause), EventScope.Local);
        }

        return Task.CompletedTask;
    }

    public Task OnKeyRotatedAsync(KeyVersionId newVersion, EventId cause)
    {
        if (State.Definition is not { } d || d.KeyVersion is not null || newVersion.Name != d.KeyName || newVersion.Vault != d.Vault)
        {
            return Task.CompletedTask;
        }

        // EN-07: each storage resource of each environment applies the new version at its own seeded time in the window.
        foreach (var environment in State.Environments)
        {
            foreach (var resource in EnvironmentGrain.Resources)
            {
                var delay = random.Stream($"rollout/{environment}/{resource}").NextDuration(TimeSpan.Zero, En07KeyVersionRollOut.Window);
                scheduler.ScheduleAfter(delay, environment, new KeyVersionRollOut(environment, newVersion, resource, cause), EventScope.Local);
            }
        }

        return Task.CompletedTask;
    }

    private EventId Journal(string actor, JournalEvent e) => State.Journal.Append($"policy/{Name}", time.GetUtcNow(), actor, e);

    private async Task<Decision> Accept(string actor, JournalEvent e, Decision decision)
    {
        Journal(actor, e);
        await store.WriteStateAsync();
        return decision;
    }

    private async Task<Decision> Refuse(string actor, string operation, Decision refusal)
    {
        Journal(actor, new Refused(operation, $"policy/{Name}", refusal.RuleId!, refusal.Message));
        await store.WriteStateAsync();
        return refusal;
    }
}
