using CmkSim.Domain.Environments;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-01: "Only Managed Environments can be added to a policy; Trial and Teams environments can't be added at
/// all."
/// </summary>
[RuleHome(RuleId.EN01)]
public static class En01PolicyEligibility
{
    /// <summary>The environment types that can never be added to an enterprise policy.</summary>
    public static readonly IReadOnlySet<EnvironmentType> NeverEligible = new HashSet<EnvironmentType> { EnvironmentType.Trial, EnvironmentType.Teams };

    /// <summary>Add environment: the type is checked before the Managed Environment setting.</summary>
    [Enforces(RuleId.EN01)]
    public static Decision? Refusal(EnvironmentType type, bool managed) =>
        NeverEligible.Contains(type) ? Decision.Refuse(RuleId.EN01, $"{type} environments can't be added to an enterprise policy")
        : !managed ? Decision.Refuse(RuleId.EN01, "only Managed Environments can be added to a policy: enable Managed Environment first")
        : null;
}
