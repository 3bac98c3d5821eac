namespace CmkSim.Domain.Rules;

/// <summary>
/// A guard on a machine's transition, naming the rule it enforces. Its description, "RULE-ID: condition", is what
/// Stateless labels the graph's edge with and what it hands back as an unmet guard, so a refusal cites the rule the
/// machine holds instead of one an <c>if</c> in a grain restates.
/// </summary>
public sealed record RuleGuard
{
    private const string Separator = ": ";

    public RuleGuard(string rule, string condition)
    {
        Rule = rule;
        Condition = condition;
        // Built once: every environment's machine labels its guarded edges with it when it is configured.
        Description = $"{rule}{Separator}{condition}";
    }

    public string Rule { get; }

    public string Condition { get; }

    public string Description { get; }

    /// <summary>The guard a description names; null when it does not start with a rule of the catalogue.</summary>
    public static RuleGuard? FromDescription(string description)
    {
        var end = description.IndexOf(Separator, StringComparison.Ordinal);
        return end > 0 && RuleCatalog.TryGet(description[..end], out var rule)
            ? new RuleGuard(rule.Id, description[(end + Separator.Length)..])
            : null;
    }
}
