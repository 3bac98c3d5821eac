namespace CmkSim.Contracts.Rules;

/// <summary>
/// The platform's answer to an action: accepted, or refused with the rule that refuses it. A refusal is a recorded
/// outcome, never an exception, and it always names its rule: an auditor traces every denial to the catalogue.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Decision([property: Id(0)] bool Accepted, [property: Id(1)] string Message, [property: Id(2)] string? RuleId)
{
    public static Decision Accept(string message = "accepted") => new(true, message, null);

    /// <summary>There is deliberately no overload without a rule: a refusal that cites nothing can't be written.</summary>
    public static Decision Refuse(string ruleId, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new(false, message, ruleId);
    }
}
