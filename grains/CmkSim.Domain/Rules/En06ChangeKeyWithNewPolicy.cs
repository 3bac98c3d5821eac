namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-06: "Changing the key with a new policy = remove from the old policy, then add to the new one; the
/// environment is disabled at each step." Adding an environment that is on another policy is refused.
/// </summary>
[RuleHome(RuleId.EN06)]
public static class En06ChangeKeyWithNewPolicy
{
    /// <param name="currentPolicy">The policy the environment is on, or null.</param>
    [Enforces(RuleId.EN06)]
    public static Decision? Refusal(string? currentPolicy, string policyName) =>
        currentPolicy is { } current && current != policyName
            ? Decision.Refuse(RuleId.EN06, $"on policy '{current}': remove it from that policy first, then add it to '{policyName}'")
            : null;
}
