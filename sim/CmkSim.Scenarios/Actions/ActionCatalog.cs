using System.Reflection;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// Every action a scenario step can take, read from the action records themselves (each concrete
/// <see cref="ScenarioAction"/> in this assembly): there is no second list to keep in step. To add an action, add a
/// record next to its kin (VaultActions, KeyActions, …) with its schema, its factory and what it does.
/// </summary>
public static class ActionCatalog
{
    private static readonly IReadOnlyList<ActionType> All = Discover();

    /// <summary>Each action's schema, by name (ordinal), in name order.</summary>
    public static IReadOnlyDictionary<string, ActionSpec> Actions { get; } =
        All.ToDictionary(t => t.Spec.Name, t => t.Spec, StringComparer.Ordinal);

    /// <summary>The record type of each action, by name.</summary>
    public static IReadOnlyDictionary<string, ActionType> Types { get; } =
        All.ToDictionary(t => t.Spec.Name, StringComparer.Ordinal);

    public static ActionSpec? Find(string name) => Actions.GetValueOrDefault(name);

    /// <summary>The typed action named <paramref name="name"/>, from arguments already validated against its schema.</summary>
    public static ScenarioAction Build(string name, StepArguments arguments) => Types[name].Build(arguments);

    private static List<ActionType> Discover()
    {
        var describe = typeof(ActionCatalog).GetMethod(nameof(Describe), BindingFlags.NonPublic | BindingFlags.Static)!;
        var types = typeof(ScenarioAction).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ScenarioAction)) && !t.IsAbstract)
            .Select(t => (ActionType)describe.MakeGenericMethod(t).Invoke(null, null)!)
            .OrderBy(t => t.Spec.Name, StringComparer.Ordinal)
            .ToList();
        var twice = types.GroupBy(t => t.Spec.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null
            ? types
            : throw new InvalidOperationException($"action '{twice.Key}' is declared by {string.Join(" and ", twice.Select(t => t.Type.Name))}");
    }

    private static ActionType Describe<T>()
        where T : ScenarioAction<T>, IScenarioAction<T> =>
        new(typeof(T), T.Spec, arguments => T.From(arguments));
}

/// <summary>One action record as the catalogue knows it: its type, its schema, and how the parser builds it.</summary>
public sealed record ActionType(Type Type, ActionSpec Spec, Func<StepArguments, ScenarioAction> Build);
