namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-05: "The Microsoft.PowerPlatform resource provider must be registered on the vault's subscription (once
/// per subscription) before an enterprise policy is created there."
/// </summary>
[RuleHome(RuleId.KV05)]
public static class Kv05ResourceProvider
{
    /// <summary>The resource provider the rule names.</summary>
    public const string Provider = "Microsoft.PowerPlatform";

    [Enforces(RuleId.KV05)]
    public static Decision? Refusal(string subscription, bool registered) => registered
        ? null
        : Decision.Refuse(RuleId.KV05, $"{Provider} is not registered on subscription '{subscription}'");
}
