using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Files;
using CmkSim.Grains.Policies;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;

namespace CmkSim.Simulation.Actions;

/// <summary>Key vault, key and enterprise policy actions.</summary>
public sealed partial class ActionExecutor
{
    private static readonly Dictionary<string, KeyType> KeyTypes = new(StringComparer.Ordinal)
    {
        ["RSA"] = KeyType.Rsa, ["RSA-HSM"] = KeyType.RsaHsm, ["EC"] = KeyType.Ec, ["EC-HSM"] = KeyType.EcHsm, ["oct"] = KeyType.Oct, ["oct-HSM"] = KeyType.OctHsm,
    };

    private IKeyVaultGrain VaultGrain(string name) => grains.GetGrain<IKeyVaultGrain>(name);

    private async Task<StepOutcome> Vault<T>(StepArguments a, Func<IKeyVaultGrain, Task<KeyVaultResult<T>>> call) =>
        StepOutcome.From(await call(VaultGrain(a.String("vault"))));

    private async Task<StepOutcome> CreateVault(string actor, StepArguments a, bool managedHsm)
    {
        var name = a.String("name");
        registry.Vaults.Add(name);
        var settings = new KeyVaultSettings(
            a.String("subscription"),
            SoftDeleteEnabled: managedHsm || (a.OptionalBool("softDelete") ?? true),
            SoftDeleteRetentionDays: a.OptionalInt("retentionDays") ?? Kv01SoftDeleteRetention.DefaultDays,
            PurgeProtectionEnabled: a.OptionalBool("purgeProtection") ?? false,
            PermissionModel: a.OptionalString("permissionModel") == "AccessPolicy" ? VaultPermissionModel.AccessPolicy : VaultPermissionModel.AzureRbac,
            PublicNetworkAccess: a.OptionalBool("publicNetworkAccess") ?? true,
            TrustedServicesBypass: a.OptionalBool("trustedServicesBypass") ?? false,
            ManagedHsm: managedHsm);
        return StepOutcome.From(await VaultGrain(name).CreateAsync(actor, settings));
    }

    private async Task<StepOutcome> CreateKey(string actor, StepArguments a)
    {
        var now = time.GetUtcNow();
        var type = KeyTypes[a.OptionalString("type") ?? "RSA"];
        return StepOutcome.From(await VaultGrain(a.String("vault")).CreateKeyAsync(actor, a.String("name"), type,
            a.OptionalInt("size") ?? 2048, now + a.OptionalDuration("notBefore"), now + a.OptionalDuration("expires")));
    }

    private Task<StepOutcome> SetRotationPolicy(string actor, StepArguments a) => Vault(a, v => v.SetRotationPolicyAsync(actor, a.String("key"),
        new KeyRotationPolicy(a.OptionalDuration("timeAfterCreate"), a.OptionalDuration("timeBeforeExpiry"), a.OptionalDuration("expiresAfter"))));

    private async Task<StepOutcome> SetVersionEnabled(string actor, StepArguments a, bool enabled)
    {
        var vault = VaultGrain(a.String("vault"));
        var versions = await vault.GetVersionsAsync(a.String("key"));
        var which = a.OptionalString("version") ?? "current";
        var index = which switch { "current" => versions.Count - 1, "previous" => versions.Count - 2, _ => int.Parse(which, System.Globalization.CultureInfo.InvariantCulture) - 1 };
        if (index < 0 || index >= versions.Count)
        {
            return StepOutcome.Refuse(RuleId.KV07, $"404: key '{a.String("key")}' has no {which} version ({versions.Count} exist)");
        }

        return StepOutcome.From(await vault.SetVersionEnabledAsync(actor, versions[index].Id, enabled));
    }

    private async Task<StepOutcome> Role(string actor, StepArguments a, bool assign)
    {
        var user = a.String("user");
        var roleName = a.String("role");
        if (a.OptionalString("vault") is not { } vaultName || !Enum.TryParse<KeyVaultRole>(roleName, out var role))
        {
            return StepOutcome.Accept($"{roleName} {(assign ? "assigned to" : "removed from")} '{user}' at subscription scope");
        }

        var vault = VaultGrain(vaultName);
        return StepOutcome.From(assign ? await vault.AssignRoleAsync(actor, user, role) : await vault.RemoveRoleAsync(actor, user, role));
    }

    private async Task<StepOutcome> CreatePolicy(string actor, StepArguments a)
    {
        EnterprisePolicyDefinition definition;
        if (a.OptionalString("template") is { } template)
        {
            // Templates were validated before the run (EP-01) and are read the same guarded way again: the file may have
            // been swapped since. The subscription is the vault's, named as the tenant names it.
            var json = SafeFile.ReadText(Path.Combine(scenarioFolder, template), ScenarioLimits.TemplateFileBytes, out var problem);
            if (json is null)
            {
                return StepOutcome.Refuse(RuleId.EP01, $"template '{template}': {problem}");
            }

            definition = EnterprisePolicyTemplate.Parse(json, template).ToDefinition();
            if (await VaultGrain(definition.Vault).GetSettingsAsync() is { } vault)
            {
                definition = definition with { Subscription = vault.Subscription };
            }
        }
        else
        {
            var vaultName = a.String("vault");
            var settings = await VaultGrain(vaultName).GetSettingsAsync();
            definition = new EnterprisePolicyDefinition(a.String("name"), a.String("location"), settings?.Subscription ?? "", vaultName, a.String("key"));
        }

        registry.Policies.Add(definition.Name);
        return StepOutcome.From(await grains.GetGrain<IEnterprisePolicyGrain>(definition.Name).CreateAsync(actor, definition));
    }

    private async Task<StepOutcome> KeyAccess(string actor, StepArguments a, bool grant)
    {
        var vault = VaultGrain(a.String("vault"));
        var identity = EnterprisePolicyGrain.IdentityOf(a.String("policy"));
        var settings = await vault.GetSettingsAsync();
        if (settings?.PermissionModel == VaultPermissionModel.AccessPolicy)
        {
            return StepOutcome.From(await vault.SetAccessPolicyAsync(actor, identity, grant ? KeyPermissions.Cmk : KeyPermissions.None));
        }

        return StepOutcome.From(grant
            ? await vault.AssignRoleAsync(actor, identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)
            : await vault.RemoveRoleAsync(actor, identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser));
    }

    private async Task<StepOutcome> SetAccessPolicy(string actor, StepArguments a)
    {
        var permissions = a.Strings("permissions").Aggregate(KeyPermissions.None, (all, p) =>
            all | (Enum.TryParse<KeyPermissions>(p, ignoreCase: true, out var one) ? one : KeyPermissions.None));
        return await Vault(a, v => v.SetAccessPolicyAsync(actor, EnterprisePolicyGrain.IdentityOf(a.String("policy")), permissions));
    }
}
