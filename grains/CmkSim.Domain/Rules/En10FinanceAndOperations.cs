namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-10 (CMK scope), the part that refuses: "... finance and operations environments only with Power Platform
/// integration enabled."
/// </summary>
[RuleHome(RuleId.EN10)]
public static class En10FinanceAndOperations
{
    [Enforces(RuleId.EN10)]
    public static Decision? Refusal(bool financeAndOperationsWithoutIntegration) => financeAndOperationsWithoutIntegration
        ? Decision.Refuse(RuleId.EN10, "finance and operations environments need Power Platform integration for CMK")
        : null;
}
