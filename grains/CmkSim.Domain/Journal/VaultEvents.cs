using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Domain.Journal;

/// <summary>A key vault (or Managed HSM) was created with these settings (KV-01 reads soft delete and purge protection).</summary>
public sealed record VaultCreated(string Vault, KeyVaultSettings Settings) : JournalEvent
{
    public override string Target => Vault;

    public override string Describe() =>
        $"{(Settings.ManagedHsm ? "Managed HSM" : "key vault")} in '{Settings.Subscription}': soft delete {(Settings.SoftDeleteEnabled ? $"on ({Settings.SoftDeleteRetentionDays} days)" : "off")}, "
        + $"purge protection {(Settings.PurgeProtectionEnabled ? "on" : "off")}, {Settings.PermissionModel}";
}

/// <summary>LK-01: the vault was deleted; every key in it stops answering.</summary>
public sealed record VaultDeleted(string Vault, bool Soft) : JournalEvent(RuleId.LK01)
{
    public override string Target => Vault;

    public override string Describe() => Soft ? "soft-deleted: recoverable until its retention ends" : "deleted for good (soft delete off)";
}

/// <summary>SD-02: a soft-deleted vault was recovered.</summary>
public sealed record VaultRecovered(string Vault) : JournalEvent(RuleId.SD02)
{
    public override string Target => Vault;

    public override string Describe() => "recovered";
}

/// <summary>SD-02: a soft-deleted vault was purged, by a person or when its retention ended: every key is destroyed.</summary>
public sealed record VaultPurged(string Vault, bool RetentionElapsed) : JournalEvent(RuleId.SD02)
{
    public override string Target => Vault;

    public override string Describe() => RetentionElapsed ? "retention elapsed: vault purged, every key destroyed" : "vault purged: every key destroyed";
}

/// <summary>KV-04: the vault's firewall changed.</summary>
public sealed record NetworkChanged(string Vault, bool PublicNetworkAccess, bool TrustedServicesBypass) : JournalEvent(RuleId.KV04)
{
    public override string Target => Vault;

    public override string Describe() => $"public network access {(PublicNetworkAccess ? "on" : "off")}, trusted Microsoft services bypass {(TrustedServicesBypass ? "on" : "off")}";
}

/// <summary>KV-06: an Azure role was assigned on the vault.</summary>
public sealed record RoleAssigned(string Vault, string Principal, KeyVaultRole Role) : JournalEvent(RuleId.KV06)
{
    public override string Target => $"{Vault}/{Principal}";

    public override string Describe() => $"'{Principal}' is {Role}";
}

/// <summary>KV-06: an Azure role was removed from the vault (for the platform's identity: key access is revoked).</summary>
public sealed record RoleRemoved(string Vault, string Principal, KeyVaultRole Role) : JournalEvent(RuleId.KV06)
{
    public override string Target => $"{Vault}/{Principal}";

    public override string Describe() => $"'{Principal}' is no longer {Role}";
}

/// <summary>KV-06: a vault-access-policy entry was set (an empty set removes access).</summary>
public sealed record AccessPolicySet(string Vault, string Principal, KeyPermissions Permissions) : JournalEvent(RuleId.KV06)
{
    public override string Target => $"{Vault}/{Principal}";

    public override string Describe() => $"'{Principal}' may {Permissions}";
}

/// <summary>KV-01: the vault's soft delete, purge protection or permission model changed after its creation.</summary>
public sealed record VaultSettingsChanged(string Vault, bool SoftDelete, bool PurgeProtection, CmkSim.Domain.Vaults.VaultPermissionModel PermissionModel) : JournalEvent(RuleId.KV01)
{
    public override string Target => Vault;

    public override string Describe() =>
        $"soft delete {(SoftDelete ? "on" : "off")}, purge protection {(PurgeProtection ? "on" : "off")}, permission model {PermissionModel}";
}

/// <summary>EP-07: ValidateKeyVaultForCMK ran every check on the vault for a policy, and all passed.</summary>
public sealed record KeyVaultValidated(string Vault, string Policy, int Checks) : JournalEvent(RuleId.EP07)
{
    public override string Target => Vault;

    public override string Describe() => $"ValidateKeyVaultForCMK: all {Checks} checks passed for policy '{Policy}'";
}
