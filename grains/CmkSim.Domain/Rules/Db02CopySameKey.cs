namespace CmkSim.Domain.Rules;

/// <summary>Rule DB-02: "Copy overwrites only an environment encrypted with the same customer-managed key."</summary>
[RuleHome(RuleId.DB02)]
public static class Db02CopySameKey
{
    /// <param name="sourceKey">"vault/key" of the source's customer key, or null when Microsoft's.</param>
    /// <param name="targetKey">"vault/key" of the target's customer key, or null when Microsoft's.</param>
    [Enforces(RuleId.DB02)]
    public static Decision? Refusal(string? sourceKey, string? targetKey) => sourceKey == targetKey
        ? null
        : Decision.Refuse(RuleId.DB02, $"copy overwrites only an environment on the same customer key ({sourceKey ?? Db01RestoreSameKey.MicrosoftManaged} vs {targetKey ?? Db01RestoreSameKey.MicrosoftManaged})");

    /// <summary>A copy overwrites its target with another environment's data: an environment is never its own source.</summary>
    [Enforces(RuleId.DB02)]
    public static Decision? SelfCopyRefusal(string target, string source) => target == source
        ? Decision.Refuse(RuleId.DB02, $"copy needs a source other than its target: '{target}' can't be copied onto itself")
        : null;
}
