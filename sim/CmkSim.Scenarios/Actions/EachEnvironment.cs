using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Actions;

/// <summary>How a step over many environments answers: one call per environment, in declaration order; the first refusal speaks for the step.</summary>
internal static class EachEnvironment
{
    public static async Task<Decision> RunAsync(EnvironmentSelection selection, Func<string, Task<Decision>> call)
    {
        var names = selection.Names;
        var decisions = new List<Decision>(names.Count);
        foreach (var name in names)
        {
            decisions.Add(await call(name));
        }

        var refused = decisions.Where(d => !d.Accepted).ToList();
        return refused.Count == 0
            ? decisions[0] with { Message = names.Count == 1 ? decisions[0].Message : $"{names.Count} environments: {decisions[0].Message}" }
            : Decision.Refuse(refused[0].RuleId!, $"{refused.Count} of {names.Count} refused: {refused[0].Message}");
    }
}
