using CmkSim.Domain.Journal;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Every refusal is journaled where it is decided (issue 9): a refused step leaves, at its own time, by its own actor
/// and caused by nothing, a refusal (or failure) citing the step's rule, and a step on one subject leaves no more than
/// one per subject. A refusal the platform decided without a grain journaling it is listed here.
/// </summary>
internal static class RefusalJournaling
{
    public static IEnumerable<string> Unjournaled(ScenarioRunResult result)
    {
        var steps = result.Scenario.Steps;
        // Steps by the same actor at the same time share their events: each refused one must find its rule among them.
        foreach (var group in steps.Select((s, i) => (Step: s, Outcome: result.Steps[i], Number: i + 1)).GroupBy(x => (x.Step.At, x.Step.Actor)))
        {
            var at = result.Start + group.Key.At;
            var own = result.Journal.Where(e => e.Time == at && e.Actor == group.Key.Actor && e.Cause is null && e.Outcome != EventOutcome.Succeeded).ToList();
            foreach (var (step, outcome, number) in group.Where(x => !x.Outcome.Accepted && !x.Outcome.IsError))
            {
                if (!own.Any(e => e.Rule == outcome.RuleId))
                {
                    yield return $"step {number} ({step.Action}) refused citing {outcome.RuleId}, but journaled no refusal citing it"
                        + $" (its own: {string.Join(", ", own.Select(e => $"{e.Operation} {e.Rule}"))}): {outcome.Message}";
                }
            }

            if (group.Count() == 1 && own.GroupBy(e => e.Target).FirstOrDefault(t => t.Count() > 1) is { } twice)
            {
                yield return $"step {group.First().Number} ({group.First().Step.Action}): {twice.Count()} refusals journaled on {twice.Key}, not one";
            }
        }
    }
}
