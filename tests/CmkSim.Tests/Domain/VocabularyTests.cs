using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Policies;
using CmkSim.Grains.Tenants;

namespace CmkSim.Tests.Domain;

/// <summary>The domain vocabularies: EP-02 locations, EN-11 licences, and vault resource IDs (EP-07).</summary>
public sealed class VocabularyTests
{
    private static readonly string[] SeedLocations =
    [
        "unitedstates", "southafrica", "switzerland", "germany", "unitedarabemirates", "france", "uk", "japan",
        "india", "canada", "southamerica", "europe", "asia", "australia", "korea", "norway", "singapore",
    ];

    [Fact]
    public void Policy_locations_are_the_seeds_list_in_its_order()
    {
        Assert.Equal(SeedLocations, PolicyLocationNames.All);
        Assert.Equal(SeedLocations.Order(StringComparer.Ordinal), PolicyLocations.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("unitedarabemirates", PolicyLocation.UnitedArabEmirates)]
    [InlineData("uk", PolicyLocation.UK)]
    [InlineData("Europe", PolicyLocation.Europe)]
    public void Arm_location_names_parse(string name, PolicyLocation expected)
    {
        Assert.True(PolicyLocationNames.TryParse(name, out var location));
        Assert.Equal(expected, location);
        Assert.Equal(name.ToLowerInvariant(), location.ToArmName());
    }

    [Theory]
    [InlineData("westeurope")]
    [InlineData("united states")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0")]
    public void Other_location_names_do_not_parse(string? name)
    {
        Assert.False(PolicyLocationNames.TryParse(name, out _));
    }

    [Fact]
    public void The_twelve_EN11_licences_qualify_and_others_do_not()
    {
        Assert.Equal(12, LicenseRules.QualifyingLicenses.Count);
        Assert.True(LicenseRules.Qualifies(License.InsiderRiskManagement));
        Assert.False(LicenseRules.Qualifies(License.Microsoft365E3));
        Assert.True(LicenseRules.Qualifies(["Microsoft365E3", "office365e5"]));
        Assert.False(LicenseRules.Qualifies(["Microsoft365E3", "PowerAppsPremium", "0", "NoSuchSku"]));
        Assert.Equal(LicenseRules.QualifyingLicenses.Select(l => l.ToString()).Order(), Licensing.Qualifying.Order());
    }

    [Fact]
    public void Vault_and_managed_hsm_ids_parse_into_their_parts()
    {
        Assert.True(KeyVaultResourceId.TryParse(PolicyTemplates.VaultId, out var vault, out _));
        Assert.Equal(new KeyVaultResourceId(PolicyTemplates.Subscription, "cmk-rg", "contoso-kv"), vault);
        Assert.Equal(PolicyTemplates.VaultId, vault.Id);

        var hsmId = $"/subscriptions/{PolicyTemplates.Subscription.ToUpperInvariant()}/resourcegroups/RG.(1)/providers/microsoft.keyvault/managedhsms/hsm-01";
        Assert.True(KeyVaultResourceId.TryParse(hsmId, out var hsm, out _));
        Assert.Equal(new KeyVaultResourceId(PolicyTemplates.Subscription, "RG.(1)", "hsm-01", ManagedHsm: true), hsm);
        Assert.EndsWith("/providers/Microsoft.KeyVault/managedHSMs/hsm-01", hsm.Id);
    }

    [Theory]
    [InlineData("", "expected /subscriptions/")]
    [InlineData("subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-1/", "expected /subscriptions/")]
    [InlineData("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv--1", "vault name 'kv--1'")]
    [InlineData("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/1kv", "vault name '1kv'")]
    [InlineData("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/a-vault-name-that-is-too-long", "vault name")]
    [InlineData("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups//providers/Microsoft.KeyVault/vaults/kv-1", "resource group ''")]
    [InlineData("/subscriptions/0b1f6471/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-1", "not a GUID")]
    [InlineData("/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg/providers/Microsoft.KeyVault/keys/kv-1", "provider")]
    public void Malformed_vault_ids_say_what_is_wrong(string id, string error)
    {
        Assert.False(KeyVaultResourceId.TryParse(id, out var parsed, out var reason));
        Assert.Null(parsed);
        Assert.Contains(error, reason);
    }
}
