using CmkSim.Domain.Environments;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule DB-03: "A Support Investigation environment must first be changed to the customer-managed key before it can
/// be the target of a Copy."
/// </summary>
[RuleHome(RuleId.DB03)]
public static class Db03SupportInvestigationCopy
{
    /// <param name="targetType">The copy target's type.</param>
    /// <param name="targetOwner">Whose key the copy target's data is on.</param>
    [Enforces(RuleId.DB03)]
    public static Decision? Refusal(EnvironmentType targetType, EncryptionOwner targetOwner) =>
        targetType == EnvironmentType.SupportInvestigation && targetOwner != EncryptionOwner.CustomerManaged
            ? Decision.Refuse(RuleId.DB03, "a Support Investigation environment must be on the customer-managed key before it can be a copy target")
            : null;
}
