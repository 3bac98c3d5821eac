using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// The operation names runbook steps bind with <c>operation:</c> (what a 202 answer's operation id is called in the
/// script). A name binds one operation: a second step giving it is an error, so a poll can't mean two things.
/// </summary>
internal static class OperationBindings
{
    public const string Argument = "operation";

    public static IReadOnlyCollection<string> Collect(IEnumerable<ScenarioStep> steps, ErrorSink errors)
    {
        var bound = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (step.Arguments.OptionalString(Argument) is not { } name)
            {
                continue;
            }

            if (bound.TryGetValue(name, out var first))
            {
                errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].{Argument}",
                    $"operation '{name}' is already bound by step {first}: give each runbook step's operation its own name"));
                continue;
            }

            bound[name] = step.Index;
        }

        return bound.Keys.ToList();
    }
}
