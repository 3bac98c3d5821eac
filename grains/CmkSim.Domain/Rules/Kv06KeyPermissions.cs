namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-06: "Vault permission model: with Azure RBAC the policy identity needs "Key Vault Crypto Service
/// Encryption User"; with vault access policies it needs Get, Wrap Key and Unwrap Key. Anything less: wrap/unwrap is
/// denied (403)." Add environment probes it with a real wrap as the policy's identity; the vault answers with the rule
/// that refused (KV-04 behind a firewall, KV-07 for an unusable key), KV-06 when it names none.
/// </summary>
[RuleHome(RuleId.KV06)]
public static class Kv06KeyPermissions
{
    /// <param name="status">The vault's HTTP status (403 when the permissions fall short).</param>
    /// <param name="vaultRule">The rule the vault's refusal cites, if any.</param>
    [Enforces(RuleId.KV06)]
    public static Decision? ProbeRefusal(bool wrapped, int status, string message, string? vaultRule) => wrapped
        ? null
        : Decision.Refuse(vaultRule ?? RuleId.KV06, $"{status}: {message}");
}
