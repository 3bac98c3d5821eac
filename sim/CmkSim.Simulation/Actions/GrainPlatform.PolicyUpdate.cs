using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.Actions;

/// <summary>A policy updated: the new definition is the old one with the arguments given, a named version resolved by the policy on the vault.</summary>
public sealed partial class GrainPlatform
{
    public async Task<Decision> UpdateEnterprisePolicyAsync(string actor, string policy, string? location, string? vault, string? key, string? keyVersion)
    {
        var grain = Policy(policy);
        if (await grain.GetAsync() is not { } view)
        {
            return await grain.UpdateAsync(actor, new(policy, location ?? "", "", vault ?? "", key ?? ""));
        }

        // A named version is resolved by the policy (KV-07), which journals its refusal; another key without one
        // drops the old key's version, which means nothing for it.
        var current = view.Definition;
        var newVault = vault ?? current.Vault;
        var newKey = key ?? current.KeyName;
        var version = vault is null && key is null ? current.KeyVersion : null;
        var subscription = vault is null ? current.Subscription : (await Vault(newVault).GetSettingsAsync())?.Subscription ?? "";
        return await grain.UpdateAsync(actor, current with { Location = location ?? current.Location, Vault = newVault, KeyName = newKey, KeyVersion = version, Subscription = subscription },
            keyVersion);
    }
}
