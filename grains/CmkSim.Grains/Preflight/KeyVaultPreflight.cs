using CmkSim.Contracts;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Preflight;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Tenants;

namespace CmkSim.Grains.Preflight;

/// <summary>
/// Rehearses Microsoft's ValidateKeyVaultForCMK against the model, in the script's order, stopping at the first
/// failure: an admin sees which step of the runbook would fail and why (rules KV-01, KV-06, KV-07, EP-07).
/// </summary>
public static class KeyVaultPreflight
{
    public static async Task<IReadOnlyList<PreflightCheck>> RunAsync(IGrainFactory grains, TimeProvider time, string actor, string vaultName, string policyName)
    {
        var user = await grains.Reference<ITenantGrain>(TenantKey.Default).GetUserAsync(actor);
        var vault = grains.Reference<IKeyVaultGrain>(vaultName);
        var settings = await vault.GetSettingsAsync();
        var policy = await grains.Reference<IEnterprisePolicyGrain>(policyName).GetAsync();
        KeyVaultResult<KeyProperties>? key = policy is null ? null : await vault.GetKeyAsync(policy.Definition.KeyName);
        KeyVaultResult<WrapResult>? access = policy is null || key is not { Succeeded: true }
            ? null
            : await vault.WrapKeyAsync(policy.IdentityPrincipal, key.Value!.Id, KeyWrapAlgorithm.RsaOaep, new byte[32]);
        var now = time.GetUtcNow();
        var checks = new (string Name, Func<bool> Passes, string Meaning, string? Rule)[]
        {
            ("Sign in", () => user is { Active: true }, $"'{actor}' must be an active user of the tenant", RuleId.EN02),
            ("Key vault exists and is reachable", () => settings is not null, $"vault '{vaultName}' was not found", RuleId.EP07),
            ("Soft delete is enabled", () => settings!.SoftDeleteEnabled, "turn soft delete on", RuleId.KV01),
            ("Purge protection is enabled", () => settings!.PurgeProtectionEnabled, "turn purge protection on", RuleId.KV01),
            ("Enterprise policy exists", () => policy is not null, $"policy '{policyName}' was not found", RuleId.EP01),
            ("Policy kind is Encryption", () => true, "kind must be Encryption", RuleId.EP07),
            ("Policy identity is SystemAssigned", () => true, "identity.type must be SystemAssigned", RuleId.EP07),
            ("Policy keyVault.id is this vault", () => policy!.Definition.Vault == vaultName, $"the policy points at vault '{policy?.Definition.Vault}'", RuleId.EP07),
            ("Policy identity has key permissions", () => access is not { Status: KeyVaultStatus.Forbidden, RuleId: RuleId.KV06 } && access is not { RuleId: RuleId.KV04 },
                settings?.PermissionModel == VaultPermissionModel.AccessPolicy
                    ? "grant the identity Get, Wrap Key and Unwrap Key" : "assign the identity 'Key Vault Crypto Service Encryption User'", RuleId.KV06),
            ("Key exists", () => key is { Succeeded: true }, $"key '{policy?.Definition.KeyName}' was not found", RuleId.KV07),
            ("Key is enabled", () => key!.Value!.Enabled, "enable the key's current version", RuleId.KV07),
            ("Key is active", () => key!.Value!.NotBefore is not { } nb || nb <= now, "the key's activation date is in the future", RuleId.KV07),
            ("Key is not expired", () => key!.Value!.ExpiresOn is not { } ex || ex > now, "the key has expired", RuleId.KV07),
        };
        var results = new List<PreflightCheck>();
        var failed = false;
        foreach (var (name, passes, meaning, rule) in checks)
        {
            var outcome = failed ? PreflightOutcome.NotRun : passes() ? PreflightOutcome.Pass : PreflightOutcome.Fail;
            failed |= outcome == PreflightOutcome.Fail;
            results.Add(new PreflightCheck(name, outcome, outcome == PreflightOutcome.Pass ? "ok" : meaning, rule));
        }

        return results;
    }
}
