namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-04: "A Power Platform / Dynamics 365 admin can add an environment to a policy only after being granted the
/// Reader role on that policy; others can view it but get an error on Add environment." Removing an environment from
/// its policy asks the same role.
/// </summary>
[RuleHome(RuleId.EP04)]
public static class Ep04PolicyReader
{
    /// <summary>Add environment. A policy that does not exist grants no role.</summary>
    [Enforces(RuleId.EP04)]
    public static Decision? AddRefusal(string actor, string policy, bool policyExists, bool isReader) =>
        !policyExists ? Decision.Refuse(RuleId.EP04, $"enterprise policy '{policy}' not found")
        : !isReader ? Decision.Refuse(RuleId.EP04, $"'{actor}' can view policy '{policy}' but needs the Reader role on it to add environments")
        : null;

    /// <summary>Remove environment.</summary>
    [Enforces(RuleId.EP04)]
    public static Decision? RemoveRefusal(string actor, string policy, bool isReader) => isReader
        ? null
        : Decision.Refuse(RuleId.EP04, $"'{actor}' needs the Reader role on policy '{policy}'");
}
