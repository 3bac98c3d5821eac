using CmkSim.Domain.Vaults;

namespace CmkSim.Tests.Domain.Language;

/// <summary>A vault changed after creation follows Azure Key Vault's limits: no way back from soft delete or purge protection, retention fixed.</summary>
public sealed class VaultSettingsChangeTests
{
    private static readonly KeyVaultSettings Soft = new("sub", SoftDeleteEnabled: true, SoftDeleteRetentionDays: 90, PurgeProtectionEnabled: false);

    [Fact]
    public void Purge_protection_can_be_turned_on_and_the_permission_model_switched()
    {
        var change = new VaultSettingsChange(null, null, true, VaultPermissionModel.AccessPolicy);

        Assert.Null(change.Refusal(Soft));
        Assert.Equal(Soft with { PurgeProtectionEnabled = true, PermissionModel = VaultPermissionModel.AccessPolicy }, change.Apply(Soft));
    }

    [Theory]
    [InlineData(false, null, null, "soft delete can't be disabled")]
    [InlineData(null, 30, null, "retention (90 days) is set at creation")]
    [InlineData(null, 90, null, null)]
    public void Soft_delete_stays_on_and_the_retention_is_fixed(bool? softDelete, int? retention, bool? purge, string? why)
    {
        var refusal = new VaultSettingsChange(softDelete, retention, purge, null).Refusal(Soft);

        if (why is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains(why, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Purge_protection_once_on_stays_on_and_needs_soft_delete()
    {
        Assert.Contains("purge protection can't be disabled", new VaultSettingsChange(null, null, false, null).Refusal(Soft with { PurgeProtectionEnabled = true }), StringComparison.Ordinal);
        Assert.Contains("needs soft delete", new VaultSettingsChange(null, null, true, null).Refusal(Soft with { SoftDeleteEnabled = false }), StringComparison.Ordinal);
        Assert.Null(new VaultSettingsChange(true, null, true, null).Refusal(Soft with { SoftDeleteEnabled = false }));
    }
}
