namespace CmkSim.Domain.Rules;

/// <summary>
/// The platform's answer to an action: accepted, or refused with the rule that refuses it. A refusal is a recorded
/// outcome, never an exception, and it always names its rule: an auditor traces every denial to the catalogue.
/// </summary>
public sealed record Decision(bool Accepted, string Message, string? RuleId)
{
    public static Decision Accept(string message = "accepted") => new(true, message, null);

    /// <summary>There is deliberately no overload without a rule: a refusal that cites nothing can't be written.</summary>
    public static Decision Refuse(string ruleId, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new(false, message, ruleId);
    }
}
