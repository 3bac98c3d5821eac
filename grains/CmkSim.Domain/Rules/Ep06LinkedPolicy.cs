namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-06: "A policy can't be updated (key vault, key, version) or deleted while any environment is linked to
/// it." The condition is the policy machine's guard (Stateless, in Policies/PolicyMachine); this is its refusal.
/// </summary>
[RuleHome(RuleId.EP06)]
public static class Ep06LinkedPolicy
{
    /// <param name="heldBy">The rule of the policy machine's unmet guard (EP-06).</param>
    [Enforces(RuleId.EP06)]
    public static Decision DeleteHeldRefusal(string policy, int linkedEnvironments, string heldBy) =>
        Decision.Refuse(heldBy, $"{linkedEnvironments} environment(s) are still linked to '{policy}'; remove them first");

    /// <summary>The update half of EP-06: a policy is updated only with no environment linked, as it is deleted.</summary>
    /// <param name="heldBy">The rule of the policy machine's guard that holds it (EP-06).</param>
    [Enforces(RuleId.EP06)]
    public static Decision? UpdateRefusal(string policy, int linkedEnvironments, string heldBy) => linkedEnvironments == 0
        ? null
        : Decision.Refuse(heldBy, $"{linkedEnvironments} environment(s) are still linked to '{policy}'; remove them before updating it");
}
