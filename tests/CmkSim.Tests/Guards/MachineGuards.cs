using CmkSim.Domain.Rules;
using CmkSim.Grains.Graphs;
using Stateless.Reflection;

namespace CmkSim.Tests.Guards;

/// <summary>Every guard of every machine in the catalogue, read from Stateless' own description of the machine.</summary>
internal static class MachineGuards
{
    public sealed record Guard(string Machine, object State, object Trigger, string Description);

    public static IReadOnlyList<Guard> All() =>
        StateMachineCatalog.All().SelectMany(m => Of(m.Name, m.Info)).ToList();

    /// <summary>The rule the machine's guard on <paramref name="trigger"/> names (every guard on one trigger names the same one).</summary>
    public static string RuleOn(string machine, string trigger)
    {
        var rules = All().Where(g => g.Machine == machine && g.Trigger.ToString() == trigger)
            .Select(g => RuleGuard.FromDescription(g.Description)?.Rule).Distinct().ToList();
        Assert.True(rules.Count == 1 && rules[0] is not null, $"{machine} has no single rule guarding {trigger}: {string.Join(", ", rules)}");
        return rules[0]!;
    }

    private static IEnumerable<Guard> Of(string machine, StateMachineInfo info) =>
        info.States.SelectMany(state =>
            state.FixedTransitions.Select(t => (t.Trigger, t.GuardConditionsMethodDescriptions))
                .Concat(state.DynamicTransitions.Select(t => (t.Trigger, t.GuardConditionsMethodDescriptions)))
                .Concat(state.IgnoredTriggers.Select(t => (t.Trigger, t.GuardConditionsMethodDescriptions)))
                .SelectMany(t => t.GuardConditionsMethodDescriptions.Select(g =>
                    new Guard(machine, state.UnderlyingState, t.Trigger.UnderlyingTrigger, g.Description ?? ""))));
}
