namespace CmkSim.Contracts.Rules;

/// <summary>
/// The platform's answer to an action: accepted, or refused with the rule that refuses it. A refusal is a recorded
/// outcome, never an exception.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Decision([property: Id(0)] bool Accepted, [property: Id(1)] string Message, [property: Id(2)] string? RuleId)
{
    public static Decision Accept(string message = "accepted") => new(true, message, null);

    public static Decision Refuse(string? ruleId, string message) => new(false, message, ruleId);

    public static Decision Refuse(string message) => new(false, message, null);
}
