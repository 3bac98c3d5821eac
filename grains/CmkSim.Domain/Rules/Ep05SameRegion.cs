namespace CmkSim.Domain.Rules;

/// <summary>Rule EP-05: "Only environments in the policy's region can be added."</summary>
[RuleHome(RuleId.EP05)]
public static class Ep05SameRegion
{
    [Enforces(RuleId.EP05)]
    public static Decision? Refusal(string environmentRegion, string policyLocation) => policyLocation == environmentRegion
        ? null
        : Decision.Refuse(RuleId.EP05, $"the environment is in '{environmentRegion}', the policy in '{policyLocation}'");
}
