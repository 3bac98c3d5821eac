using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;

namespace CmkSim.Grains.Policies;

/// <summary>
/// Updating a policy (the update half of EP-06): refused while any environment is linked, as deletion is; the new
/// location must be an EP-02 one. A policy that names a key version (KV-07) gives environments that version, not the
/// key's newest.
/// </summary>
public sealed partial class EnterprisePolicyGrain
{
    /// <summary>Operation name of a refused update in the journal (the scenario action's name).</summary>
    private const string UpdateEnterprisePolicy = "updateEnterprisePolicy";

    public async Task<Decision> UpdateAsync(string actor, EnterprisePolicyDefinition definition)
    {
        if (State.Lifecycle != PolicyLifecycle.Active || State.Definition is null)
        {
            return await Refuse(actor, UpdateEnterprisePolicy, Ep01PolicyTemplate.NotFoundRefusal(Name));
        }

        if ((Ep06LinkedPolicy.UpdateRefusal(Name, State.Environments.Count, PolicyMachine.NoEnvironmentLinked.Rule)
                ?? Ep02PolicyLocation.Refusal(definition.Location, PolicyLocations.All)) is { } refused)
        {
            return await Refuse(actor, UpdateEnterprisePolicy, refused);
        }

        var vaultChanged = definition.Vault != State.Definition.Vault;
        State.Definition = definition with { Name = Name };
        if (vaultChanged)
        {
            // Key access notices now come from the new vault.
            await GrainFactory.GetGrain<IKeyVaultGrain>(definition.Vault).SubscribeAsync(Name);
        }

        return await Accept(actor, new PolicyUpdated(State.Definition), Decision.Accept($"policy '{Name}' updated") with { RuleId = RuleId.EP06 });
    }
}
