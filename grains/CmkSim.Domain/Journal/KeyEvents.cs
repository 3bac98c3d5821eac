using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Domain.Journal;

/// <summary>A key was created in the vault, or imported (KV-02: bring your own key).</summary>
public sealed record KeyCreated(KeyVersionId Version, KeyType KeyType, int Size, bool Imported) : JournalEvent(Imported ? RuleId.KV02 : null)
{
    public override string Target => $"{Version.Vault}/{Version.Name}";

    public override string Describe() => $"{(Imported ? "imported" : "created")} {KeyType} {Size}: {Version.Uri}";
}

/// <summary>EN-07: a new version of the key; the policies using it roll it out to their environments within 24 hours.</summary>
public sealed record KeyRotated(KeyVersionId Version, KeyVersionId Previous, bool ByRotationPolicy) : JournalEvent(RuleId.EN07)
{
    public override string Target => $"{Version.Vault}/{Version.Name}";

    public override string Describe() => $"new version {Version.Version} (previous {Previous.Version}){(ByRotationPolicy ? ", by the key's rotation policy" : "")}";
}

/// <summary>EN-07: the key's rotation policy was set.</summary>
public sealed record RotationPolicySet(string Vault, string Key, KeyRotationPolicy Policy) : JournalEvent(RuleId.EN07)
{
    public override string Target => $"{Vault}/{Key}";

    public override string Describe() =>
        $"rotate {(Policy.TimeAfterCreate is { } after ? $"{after.TotalDays:0.#} days after creation" : Policy.TimeBeforeExpiry is { } before ? $"{before.TotalDays:0.#} days before expiry" : "manually")}"
        + (Policy.ExpiresAfter is { } expires ? $", versions expire after {expires.TotalDays:0.#} days" : "");
}

/// <summary>KV-07: Key Vault's near-expiry notice for the key's current version.</summary>
public sealed record KeyExpiryNotified(KeyVersionId Version, DateTimeOffset? ExpiresOn) : JournalEvent(RuleId.KV07)
{
    public override string Target => $"{Version.Vault}/{Version.Name}";

    public override string Describe() => $"version {Version.Version} expires {ExpiresOn:O}";
}

/// <summary>A key version was disabled: what it wraps can no longer be unwrapped (EN-08 for a previous version).</summary>
public sealed record KeyVersionDisabled(KeyVersionId Version) : JournalEvent
{
    public override string Target => $"{Version.Vault}/{Version.Name}/{Version.Version}";

    public override string Describe() => $"disabled {Version.Uri}";
}

/// <summary>A key version was enabled again: what it wraps unwraps again.</summary>
public sealed record KeyVersionEnabled(KeyVersionId Version) : JournalEvent
{
    public override string Target => $"{Version.Vault}/{Version.Name}/{Version.Version}";

    public override string Describe() => $"enabled {Version.Uri}";
}

/// <summary>LK-01: the key was deleted; every version stops answering.</summary>
public sealed record KeyDeleted(string Vault, string Key, bool Soft) : JournalEvent(RuleId.LK01)
{
    public override string Target => $"{Vault}/{Key}";

    public override string Describe() => Soft ? "soft-deleted: recoverable until the vault's retention ends" : "deleted for good (soft delete off)";
}

/// <summary>SD-02: a soft-deleted key was recovered.</summary>
public sealed record KeyRecovered(string Vault, string Key) : JournalEvent(RuleId.SD02)
{
    public override string Target => $"{Vault}/{Key}";

    public override string Describe() => "recovered";
}

/// <summary>SD-02: a soft-deleted key was purged, by a person or when the vault's retention ended.</summary>
public sealed record KeyPurged(string Vault, string Key, bool RetentionElapsed) : JournalEvent(RuleId.SD02)
{
    public override string Target => $"{Vault}/{Key}";

    public override string Describe() => RetentionElapsed ? "retention elapsed: purged" : "purged";
}
