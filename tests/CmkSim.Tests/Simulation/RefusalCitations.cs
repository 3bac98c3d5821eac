using CmkSim.Domain.Journal;
using CmkSim.Simulation.Actions;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Every refusal cites the rule that refused it (issue 9): a refused or failed step, or a journal event that is a
/// refusal or a failure (a read that could not decrypt included), without a rule ID is listed here.
/// </summary>
internal static class RefusalCitations
{
    /// <summary>One line per refusal citing no rule: the steps first, then the journal's events, in order.</summary>
    public static IEnumerable<string> Uncited(IReadOnlyList<StepOutcome> steps, IReadOnlyList<string> actions, IReadOnlyList<JournalEvent> journal)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (!steps[i].Accepted && string.IsNullOrEmpty(steps[i].RuleId))
            {
                yield return $"step {i + 1} ({actions[i]}) {(steps[i].IsError ? "did not run" : "refused")} citing no rule: {steps[i].Message}";
            }
        }

        for (var i = 0; i < journal.Count; i++)
        {
            if (journal[i].Outcome != EventOutcome.Succeeded && string.IsNullOrEmpty(journal[i].Rule))
            {
                yield return $"journal #{i} {journal[i].Operation} on {journal[i].Target} citing no rule: {journal[i].Summary()}";
            }
        }
    }
}
