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
}
