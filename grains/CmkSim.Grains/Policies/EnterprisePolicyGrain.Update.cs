using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
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
    public async Task<Decision> UpdateAsync(string actor, EnterprisePolicyDefinition definition, string? keyVersion = null)
    {
        if (State.Lifecycle != PolicyLifecycle.Active || State.Definition is null)
        {
            return await Refuse(actor, Operations.UpdateEnterprisePolicy, Ep01PolicyTemplate.NotFoundRefusal(Name));
        }

        if (keyVersion is not null)
        {
            var (version, missing) = await ResolveVersionAsync(definition.Vault, definition.KeyName, keyVersion);
            if (missing is not null)
            {
                return await Refuse(actor, Operations.UpdateEnterprisePolicy, missing);
            }

            definition = definition with { KeyVersion = version };
        }

        if ((Ep06LinkedPolicy.UpdateRefusal(Name, State.Environments.Count, PolicyMachine.NoEnvironmentLinked.Rule)
                ?? Ep02PolicyLocation.Refusal(definition.Location, PolicyLocations.All)) is { } refused)
        {
            return await Refuse(actor, Operations.UpdateEnterprisePolicy, refused);
        }

        var vaultChanged = definition.Vault != State.Definition.Vault;
        State.Definition = definition with { Name = Name };
        if (vaultChanged)
        {
            // Key access notices now come from the new vault.
            await GrainFactory.Reference<IKeyVaultGrain>(definition.Vault).SubscribeAsync(Name);
        }

        return await Accept(actor, new PolicyUpdated(State.Definition), Decision.Accept($"policy '{Name}' updated") with { RuleId = RuleId.EP06 });
    }

    /// <summary>The version id <paramref name="keyVersion"/> names on the vault, or KV-07's refusal when the key has no such version.</summary>
    private async Task<(string? Version, Decision? Refusal)> ResolveVersionAsync(string vault, string key, string keyVersion)
    {
        var versions = await GrainFactory.Reference<IKeyVaultGrain>(vault).GetVersionsAsync(key);
        return Kv07KeyUsable.NamedVersionRefusal(key, vault, keyVersion, versions.Count) is { } missing
            ? (null, missing)
            : (versions[KeyVersionName.IndexOf(keyVersion, versions.Count)].Id.Version, null);
    }
}
