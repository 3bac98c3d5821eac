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
            var versions = await Vault(newVault).GetVersionsAsync(newKey);
            var index = keyVersion switch { "current" => versions.Count - 1, "previous" => versions.Count - 2, _ => int.Parse(keyVersion, CultureInfo.InvariantCulture) - 1 };
            if (index < 0 || index >= versions.Count)
            {
                return Decision.Refuse(RuleId.KV07, $"404: key '{newKey}' of vault '{newVault}' has no {keyVersion} version ({versions.Count} exist)");
            }

            version = versions[index].Id.Version;
        }
        else if (vault is not null || key is not null)
        {
            version = null; // another key: a version of the old one means nothing
        }

        var subscription = vault is null ? current.Subscription : (await Vault(newVault).GetSettingsAsync())?.Subscription ?? "";
        return await grain.UpdateAsync(actor, current with { Location = location ?? current.Location, Vault = newVault, KeyName = newKey, KeyVersion = version, Subscription = subscription });
    }
}
