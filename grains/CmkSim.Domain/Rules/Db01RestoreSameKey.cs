namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule DB-01: "Restore overwrites only the environment the backup came from, or another environment encrypted with
/// the same customer-managed key."
/// </summary>
[RuleHome(RuleId.DB01)]
public static class Db01RestoreSameKey
{
    /// <summary>How a key is named in a refusal when the data is on Microsoft's key (or BYOK).</summary>
    public const string MicrosoftManaged = "Microsoft-managed";

    /// <param name="sourceKey">"vault/key" of the backup's customer key, or null when Microsoft's.</param>
    /// <param name="targetKey">"vault/key" of the target's customer key, or null when Microsoft's.</param>
    [Enforces(RuleId.DB01)]
    public static Decision? Refusal(bool sameEnvironment, string? sourceKey, string? targetKey) =>
        sameEnvironment || sourceKey == targetKey
            ? null
            : Decision.Refuse(RuleId.DB01, $"a backup restores only into its own environment or one on the same customer key ({sourceKey ?? MicrosoftManaged} vs {targetKey ?? MicrosoftManaged})");

    /// <summary>DB-01 restores a backup of the environment it came from: there is no such backup to restore.</summary>
    [Enforces(RuleId.DB01)]
    public static Decision NoSuchBackupRefusal(string environment, string backup) =>
        Decision.Refuse(RuleId.DB01, $"'{environment}' has no backup named '{backup}'");

    /// <summary>A point-in-time restore finds no backup of the environment taken at or before that time.</summary>
    [Enforces(RuleId.DB01)]
    public static Decision NoBackupAtRefusal(string environment, DateTimeOffset pointInTime) =>
        Decision.Refuse(RuleId.DB01, $"'{environment}' has no backup taken at or before {pointInTime.UtcDateTime:yyyy-MM-dd HH:mm}Z");
}
