using System.Text.RegularExpressions;
using CmkSim.Domain.Audit;
using CmkSim.Simulation.Actions;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Every refusal cites the rule that refused it (issue 9): a refused or failed step, or a refusal or failure in the
/// audit log (Denied, Failed, or a read that could not decrypt), without a rule ID is listed here.
/// </summary>
internal static partial class RefusalCitations
{
    /// <summary>One line per refusal citing no rule: the steps first, then the audit entries, in order.</summary>
    public static IEnumerable<string> Uncited(IReadOnlyList<StepOutcome> steps, IReadOnlyList<string> actions, IReadOnlyList<AuditEntry> audit)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (!steps[i].Accepted && string.IsNullOrEmpty(steps[i].RuleId))
            {
                yield return $"step {i + 1} ({actions[i]}) {(steps[i].IsError ? "did not run" : "refused")} citing no rule: {steps[i].Message}";
            }
        }

        for (var i = 0; i < audit.Count; i++)
        {
            if (IsRefusal(audit[i]) && string.IsNullOrEmpty(audit[i].RuleId))
            {
                yield return $"audit #{i} {audit[i].Action} on {audit[i].Target} citing no rule: {audit[i].Outcome}";
            }
        }
    }

    /// <summary>How the grains write a refusal or failure: "Denied…", "Failed…", or a read that names why records didn't decrypt.</summary>
    public static bool IsRefusal(AuditEntry entry) =>
        entry.Outcome.StartsWith("Denied", StringComparison.Ordinal)
        || entry.Outcome.StartsWith("Failed", StringComparison.Ordinal)
        || (entry.Action == "readRecords" && FailedRead().IsMatch(entry.Outcome));

    [GeneratedRegex(@"^\d+ readable, \d+ unreadable: ", RegexOptions.CultureInvariant)]
    private static partial Regex FailedRead();
}
