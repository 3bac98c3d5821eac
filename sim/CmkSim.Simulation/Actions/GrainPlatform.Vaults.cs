using CmkSim.Contracts;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Files;
using CmkSim.Grains.Policies;
using CmkSim.Scenarios.Names;

namespace CmkSim.Simulation.Actions;

/// <summary>Key vault, key, access and enterprise policy operations.</summary>
public sealed partial class GrainPlatform
{
    public async Task<Decision> CreateKeyVaultAsync(string actor, string name, KeyVaultSettings settings)
    {
        registry.Vaults.Add(name);
        return Answer(await Vault(name).CreateAsync(actor, settings));
    }

    public async Task<Decision> DeleteKeyVaultAsync(string actor, string vault) => Answer(await Vault(vault).DeleteVaultAsync(actor));

    public async Task<Decision> RecoverKeyVaultAsync(string actor, string vault) => Answer(await Vault(vault).RecoverVaultAsync(actor));

    public async Task<Decision> PurgeKeyVaultAsync(string actor, string vault) => Answer(await Vault(vault).PurgeVaultAsync(actor));

    public async Task<Decision> SetNetworkAsync(string actor, string vault, bool publicNetworkAccess, bool trustedServicesBypass) =>
        Answer(await Vault(vault).SetNetworkAsync(actor, publicNetworkAccess, trustedServicesBypass));

    public async Task<Decision> CreateKeyAsync(string actor, string vault, string name, KeyType type, int size, TimeSpan? notBefore, TimeSpan? expires)
    {
        var now = time.GetUtcNow();
        return Answer(await Vault(vault).CreateKeyAsync(actor, name, type, size, now + notBefore, now + expires));
    }

    public async Task<Decision> ImportKeyAsync(string actor, string vault, string name, int size, bool hsmProtected) =>
        Answer(await Vault(vault).ImportKeyAsync(actor, name, size, hsmProtected));

    public async Task<Decision> RotateKeyAsync(string actor, string vault, string key) => Answer(await Vault(vault).RotateKeyAsync(actor, key));

    public async Task<Decision> SetRotationPolicyAsync(string actor, string vault, string key, KeyRotationPolicy policy) =>
        Answer(await Vault(vault).SetRotationPolicyAsync(actor, key, policy));

    public async Task<Decision> SetKeyVersionEnabledAsync(string actor, string vault, string key, string version, bool enabled)
    {
        var grain = Vault(vault);
        var versions = await grain.GetVersionsAsync(key);
        var index = KeyVersionName.IndexOf(version, versions.Count);
        // A version that isn't there is the vault's 404 to answer (and journal), under the name the step gave it.
        var id = index >= 0 && index < versions.Count ? versions[index].Id : new Domain.Keys.KeyVersionId(vault, key, version);
        return Answer(await grain.SetVersionEnabledAsync(actor, id, enabled));
    }

    public async Task<Decision> DeleteKeyAsync(string actor, string vault, string key) => Answer(await Vault(vault).DeleteKeyAsync(actor, key));

    public async Task<Decision> RecoverKeyAsync(string actor, string vault, string key) => Answer(await Vault(vault).RecoverKeyAsync(actor, key));

    public async Task<Decision> PurgeKeyAsync(string actor, string vault, string key) => Answer(await Vault(vault).PurgeKeyAsync(actor, key));

    public async Task<Decision> AssignVaultRoleAsync(string actor, string vault, string user, KeyVaultRole role) =>
        Answer(await Vault(vault).AssignRoleAsync(actor, user, role));

    public async Task<Decision> RemoveVaultRoleAsync(string actor, string vault, string user, KeyVaultRole role) =>
        Answer(await Vault(vault).RemoveRoleAsync(actor, user, role));

    /// <summary>An access-policy vault gets the CMK permissions set (or cleared); an RBAC vault the crypto service encryption user role.</summary>
    public async Task<Decision> SetPolicyKeyAccessAsync(string actor, string vault, string policy, bool granted)
    {
        var grain = Vault(vault);
        var identity = EnterprisePolicyGrain.IdentityOf(policy);
        var settings = await grain.GetSettingsAsync();
        if (settings?.PermissionModel == VaultPermissionModel.AccessPolicy)
        {
            return Answer(await grain.SetAccessPolicyAsync(actor, identity, granted ? KeyPermissions.Cmk : KeyPermissions.None));
        }

        return Answer(granted
            ? await grain.AssignRoleAsync(actor, identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)
            : await grain.RemoveRoleAsync(actor, identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser));
    }

    public async Task<Decision> SetAccessPolicyAsync(string actor, string vault, string policy, KeyPermissions permissions) =>
        Answer(await Vault(vault).SetAccessPolicyAsync(actor, EnterprisePolicyGrain.IdentityOf(policy), permissions));

    public async Task<Decision> CreateEnterprisePolicyAsync(string actor, string name, string location, string vault, string key, string? keyVersion = null)
    {
        var settings = await Vault(vault).GetSettingsAsync();
        return await CreatePolicyAsync(actor, new EnterprisePolicyDefinition(name, location, settings?.Subscription ?? "", vault, key), keyVersion);
    }

    public async Task<Decision> CreateEnterprisePolicyFromTemplateAsync(string actor, string template, string? keyVersion = null)
    {
        // Templates were validated before the run (EP-01) and are read the same guarded way again: the file may have
        // been swapped since. The tenant's deployment reads it, and journals its refusal when it can't (it names no
        // policy yet). The subscription is the vault's, named as the tenant names it.
        var json = SafeFile.ReadText(Path.Combine(scenarioFolder, template), ScenarioLimits.TemplateFileBytes, out var problem);
        var reading = await Tenant.ReadPolicyTemplateAsync(actor, template, json, problem);
        if (reading.Definition is not { } definition)
        {
            return reading.Refusal!;
        }

        if (await Vault(definition.Vault).GetSettingsAsync() is { } vault)
        {
            definition = definition with { Subscription = vault.Subscription };
        }

        return await CreatePolicyAsync(actor, definition, keyVersion);
    }

    /// <summary>The policy resolves a named version (KV-07) itself, and journals its refusal when the key lacks it.</summary>
    private async Task<Decision> CreatePolicyAsync(string actor, EnterprisePolicyDefinition definition, string? keyVersion)
    {
        registry.Policies.Add(definition.Name);
        return await grains.Reference<IEnterprisePolicyGrain>(definition.Name).CreateAsync(actor, definition, keyVersion);
    }

    private IKeyVaultGrain Vault(string name)
    {
        registry.AddressedVaults.Add(name);
        return grains.Reference<IKeyVaultGrain>(name);
    }
}
