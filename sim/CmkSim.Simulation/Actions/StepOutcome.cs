namespace CmkSim.Simulation.Actions;

/// <summary>What the platform answered a scripted step: accepted, or refused with the rule that refused it.</summary>
public sealed record StepOutcome(bool Accepted, string Message, string? RuleId)
{
    public static StepOutcome From(CmkSim.Contracts.Rules.Decision decision) => new(decision.Accepted, decision.Message, decision.RuleId);

    public static StepOutcome From<T>(CmkSim.Contracts.Vaults.KeyVaultResult<T> result) =>
        new(result.Succeeded, result.Succeeded ? "OK" : $"{(int)result.Status}: {result.Message}", result.RuleId);
}
