using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Policies;

/// <summary>
/// The enterprise policy a validated ARM template declares (rules EP-01, EP-02, EP-07): every field the seed's
/// template has, with the vault's resource ID taken apart.
/// </summary>
public sealed record EnterprisePolicyResource(
    string Name,
    PolicyLocation Location,
    KeyVaultResourceId KeyVault,
    string KeyName,
    string? KeyVersion,
    string IdentityType,
    string Kind,
    string State)
{
    /// <summary>The location as ARM spells it, e.g. <c>europe</c>.</summary>
    public string LocationName => Location.ToArmName();

    public string SubscriptionId => KeyVault.SubscriptionId;

    public string ResourceGroup => KeyVault.ResourceGroup;

    public string VaultName => KeyVault.Name;

    /// <summary>What the policy grain is created from: the vault grain is keyed by the vault's name.</summary>
    public EnterprisePolicyDefinition ToDefinition() => new(Name, LocationName, SubscriptionId, VaultName, KeyName, KeyVersion);
}
