using CmkSim.Domain.Concurrency;
using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Actions;

/// <summary>How a step over many environments answers: one call per environment, in declaration order; the first refusal speaks for the step.</summary>
internal static class EachEnvironment
{
    /// <param name="platform">
    /// Its <see cref="IEnvironmentsInFlight"/> calls may run at once when <paramref name="local"/>: each call
    /// then changes only its environment and reads shared state (as a local engine event does), so the calls commute
    /// and the answers, kept in declaration order, are the same at every degree.
    /// </param>
    public static async Task<Decision> RunAsync(EnvironmentSelection selection, Func<string, Task<Decision>> call, IPlatform? platform = null, bool local = false)
    {
        var names = selection.Names;
        var decisions = await InFlightInOrder.RunAsync(names, local ? InFlight(platform) : 1, call);

        var refused = decisions.Where(d => !d.Accepted).ToList();
        return refused.Count == 0
            ? decisions[0] with { Message = names.Count == 1 ? decisions[0].Message : $"{names.Count} environments: {decisions[0].Message}" }
            : Decision.Refuse(refused[0].RuleId!, $"{refused.Count} of {names.Count} refused: {refused[0].Message}");
    }

    public static int InFlight(IPlatform? platform) => platform is IEnvironmentsInFlight parallel ? Math.Max(1, parallel.EnvironmentsInFlight) : 1;
}
