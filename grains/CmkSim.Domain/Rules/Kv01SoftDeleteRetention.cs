namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-01: "A vault (or Managed HSM) used by an enterprise policy must have soft-delete and purge protection
/// enabled". With it the Azure Key Vault fact: "Soft-delete retention is 7 to 90 days (default 90)". A vault created
/// with a retention outside these bounds is refused citing KV-01. During retention a deleted key can be recovered (the
/// safeguard SD-02 names).
/// </summary>
[RuleHome(RuleId.KV01)]
public static class Kv01SoftDeleteRetention
{
    /// <summary>The shortest soft-delete retention a vault accepts, in days.</summary>
    public const int MinDays = 7;

    /// <summary>The longest soft-delete retention a vault accepts, in days.</summary>
    public const int MaxDays = 90;

    /// <summary>The retention a vault gets when none is given, in days (a constant: it is a parameter default).</summary>
    public const int DefaultDays = 90;

    /// <summary>Whether a vault may be created with this retention.</summary>
    [Enforces(RuleId.KV01)]
    public static bool Allows(int days) => days is >= MinDays and <= MaxDays;

    /// <summary>Add environment: the policy's vault must have soft delete and purge protection on.</summary>
    [Enforces(RuleId.KV01)]
    public static Decision? PolicyVaultRefusal(string vault, bool softDelete, bool purgeProtection) => softDelete && purgeProtection
        ? null
        : Decision.Refuse(RuleId.KV01, $"vault '{vault}' needs soft delete and purge protection on");

    /// <summary>Creating a vault: once, with a retention within bounds.</summary>
    [Enforces(RuleId.KV01)]
    public static Decision? CreateRefusal(string vault, bool exists, int retentionDays) =>
        exists ? Decision.Refuse(RuleId.KV01, $"vault '{vault}' already exists")
        : !Allows(retentionDays) ? Decision.Refuse(RuleId.KV01, $"soft-delete retention must be {MinDays} to {MaxDays} days, not {retentionDays}")
        : null;

    /// <summary>Any call to a vault never created: the vault a key lives in must exist, with soft delete and purge protection.</summary>
    [Enforces(RuleId.KV01)]
    public static Decision VaultNotFoundRefusal(string vault) => Decision.Refuse(RuleId.KV01, $"vault '{vault}' not found");

    /// <summary>
    /// A vault changed after creation: Azure refuses turning soft delete or purge protection off once on, purge
    /// protection without soft delete, and a new retention period (see <see cref="Vaults.VaultSettingsChange"/>).
    /// </summary>
    [Enforces(RuleId.KV01)]
    public static Decision? SettingsChangeRefusal(Vaults.KeyVaultSettings current, Vaults.VaultSettingsChange change) =>
        change.Refusal(current) is { } why ? Decision.Refuse(RuleId.KV01, why) : null;
}
