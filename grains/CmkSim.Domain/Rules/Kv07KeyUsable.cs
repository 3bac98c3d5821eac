using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-07: "The key (and the version the policy names, if any) must be enabled, already active (NotBefore not in
/// the future) and not expired (Expires not passed)." A key that is not there is not usable either.
/// </summary>
[RuleHome(RuleId.KV07)]
public static class Kv07KeyUsable
{
    /// <summary>Add environment: the policy's key must have a current version in its vault.</summary>
    [Enforces(RuleId.KV07)]
    public static Decision? KeyRefusal(string keyName, string vault, bool found) => found
        ? null
        : Decision.Refuse(RuleId.KV07, $"key '{keyName}' not found in vault '{vault}'");

    /// <summary>A key operation naming a key the vault does not hold (or holds only soft-deleted).</summary>
    [Enforces(RuleId.KV07)]
    public static Decision KeyNotFoundRefusal(string keyName) => Decision.Refuse(RuleId.KV07, $"key '{keyName}' not found");

    /// <summary>A wrap or unwrap with a version that is disabled, not yet active or expired.</summary>
    [Enforces(RuleId.KV07)]
    public static Decision? VersionRefusal(bool disabled, DateTimeOffset? notBefore, DateTimeOffset? expiresOn, DateTimeOffset now) =>
        disabled ? Decision.Refuse(RuleId.KV07, "the key version is disabled")
        : notBefore > now ? Decision.Refuse(RuleId.KV07, $"the key is not active before {notBefore:O}")
        : expiresOn <= now ? Decision.Refuse(RuleId.KV07, $"the key expired at {expiresOn:O}")
        : null;

    /// <summary>Enabling or disabling a version that is not there, or whose key is deleted (the machine's guard names the rule).</summary>
    /// <param name="heldBy">The rule of the version machine's unmet guard, if one holds the transition.</param>
    [Enforces(RuleId.KV07)]
    public static Decision VersionNotFoundRefusal(string versionUri, string? heldBy) =>
        Decision.Refuse(heldBy ?? RuleId.KV07, $"key version '{versionUri}' not found");

    /// <summary>
    /// A policy created or updated naming a version (current, previous, or a number from 1) its key does not have:
    /// Key Vault's 404, and nothing is created or changed.
    /// </summary>
    [Enforces(RuleId.KV07)]
    public static Decision? NamedVersionRefusal(string keyName, string vault, string keyVersion, int versions) =>
        KeyVersionName.IndexOf(keyVersion, versions) is var index && index >= 0 && index < versions
            ? null
            : Decision.Refuse(RuleId.KV07, $"404: key '{keyName}' of vault '{vault}' has no {keyVersion} version ({versions} exist)");
}
