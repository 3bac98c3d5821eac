using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.Actions;

/// <summary>A key vault's answer as the platform's decision: "OK" (with the rule it exercised, if any), or the HTTP-like status and reason with its rule.</summary>
internal static class KeyVaultDecision
{
    public static Decision Of<T>(KeyVaultResult<T> result) => result.Succeeded
        ? new Decision(true, "OK", result.RuleId)
        : Decision.Refuse(result.RuleId!, $"{(int)result.Status}: {result.Message}");
}
