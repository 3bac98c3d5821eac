using System.Globalization;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.Actions;

/// <summary>A policy updated: the new definition is the old one with the arguments given, a named version resolved on the vault.</summary>
public sealed partial class GrainPlatform
{
    public async Task<Decision> UpdateEnterprisePolicyAsync(string actor, string policy, string? location, string? vault, string? key, string? keyVersion)
    {
        var grain = Policy(policy);
        if (await grain.GetAsync() is not { } view)
        {
            return await grain.UpdateAsync(actor, new(policy, location ?? "", "", vault ?? "", key ?? ""));
        }

        var current = view.Definition;
        var newVault = vault ?? current.Vault;
        var newKey = key ?? current.KeyName;
        var version = current.KeyVersion;
        if (keyVersion is not null)
        {
            var (resolved, refusal) = await ResolveVersionAsync(newVault, newKey, keyVersion);
            if (refusal is not null)
            {
                return refusal;
            }

            version = resolved;
        }
        else if (vault is not null || key is not null)
        {
            version = null; // another key: a version of the old one means nothing
        }

        var subscription = vault is null ? current.Subscription : (await Vault(newVault).GetSettingsAsync())?.Subscription ?? "";
        return await grain.UpdateAsync(actor, current with { Location = location ?? current.Location, Vault = newVault, KeyName = newKey, KeyVersion = version, Subscription = subscription });
    }

    /// <summary>The version id a policy names for <paramref name="keyVersion"/> (current, previous, a number), or KV-07's refusal when the key has no such version.</summary>
    private async Task<(string? Version, Decision? Refusal)> ResolveVersionAsync(string vault, string key, string keyVersion)
    {
        var versions = await Vault(vault).GetVersionsAsync(key);
        var index = keyVersion switch { "current" => versions.Count - 1, "previous" => versions.Count - 2, _ => int.Parse(keyVersion, CultureInfo.InvariantCulture) - 1 };
        return index < 0 || index >= versions.Count
            ? (null, Decision.Refuse(RuleId.KV07, $"404: key '{key}' of vault '{vault}' has no {keyVersion} version ({versions.Count} exist)"))
            : (versions[index].Id.Version, null);
    }
}
