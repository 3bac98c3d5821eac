namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-04: "With public network access disabled (private endpoint), the policy reaches the key only when "Allow
/// trusted Microsoft services to bypass this firewall" is on."
/// </summary>
[RuleHome(RuleId.KV04)]
public static class Kv04TrustedServicesBypass
{
    /// <summary>A wrap or unwrap reaching the vault through its firewall.</summary>
    [Enforces(RuleId.KV04)]
    public static Decision? Refusal(bool publicNetworkAccess, bool trustedServicesBypass) => publicNetworkAccess || trustedServicesBypass
        ? null
        : Decision.Refuse(RuleId.KV04, "public network access is off and trusted Microsoft services may not bypass the firewall");
}
