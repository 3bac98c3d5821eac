using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.Actions;

/// <summary>
/// What the platform answered a scripted step: accepted, or refused with the rule that refused it. A refusal can only
/// be made with its rule; a step the simulator could not carry out at all (it threw, or never ran) is an
/// <see cref="Error"/>: not an answer of the platform, so it cites no rule, and a library run must have none.
/// </summary>
public sealed record StepOutcome
{
    private StepOutcome(bool accepted, string message, string? ruleId, bool isError = false)
    {
        Accepted = accepted;
        Message = message;
        RuleId = ruleId;
        IsError = isError;
    }

    public bool Accepted { get; }

    public string Message { get; }

    /// <summary>The rule that refused the step; on an accepted step, the rule it exercised, if any.</summary>
    public string? RuleId { get; }

    /// <summary>The simulator failed to run the step; no rule applies.</summary>
    public bool IsError { get; }

    public static StepOutcome Accept(string message, string? ruleId = null) => new(true, message, ruleId);

    public static StepOutcome Refuse(string ruleId, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new(false, message, ruleId);
    }

    public static StepOutcome Error(string message) => new(false, message, null, isError: true);

    public static StepOutcome From(Decision decision) => decision.Accepted
        ? Accept(decision.Message, decision.RuleId)
        : Refuse(decision.RuleId!, decision.Message);

    public static StepOutcome From<T>(KeyVaultResult<T> result) => From(KeyVaultDecision.Of(result));
}
