using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// A scenario step's action, typed: its arguments as fields, its schema next to it, and what it does on the platform.
/// Because the catalogue is generated from these records, an action the parser accepts is an action that can run.
/// </summary>
public abstract record ScenarioAction
{
    /// <summary>The name a scenario writes after <c>do:</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Carries the action out on the platform as <paramref name="actor"/>; a refusal is a decision, never an exception.</summary>
    public abstract Task<Decision> ExecuteAsync(IPlatform platform, string actor);
}

/// <summary>The base every concrete action derives from: its name is its schema's, so the two can't disagree.</summary>
public abstract record ScenarioAction<TSelf> : ScenarioAction
    where TSelf : ScenarioAction<TSelf>, IScenarioAction<TSelf>
{
    public sealed override string Name => TSelf.Spec.Name;
}

/// <summary>What the catalogue reads from an action type: its argument schema and how it is built from validated arguments.</summary>
public interface IScenarioAction<TSelf>
    where TSelf : ScenarioAction<TSelf>, IScenarioAction<TSelf>
{
    /// <summary>The action's name and arguments, as the parser validates them (file:line:col errors).</summary>
    static abstract ActionSpec Spec { get; }

    /// <summary>The typed action from arguments the parser already checked against <see cref="Spec"/>.</summary>
    static abstract TSelf From(StepArguments arguments);
}
