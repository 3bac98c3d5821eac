using CmkSim.Scenarios.Actions;

namespace CmkSim.Scenarios.Model;

/// <summary>
/// One action an actor takes at a virtual time. <see cref="Index"/> is 1-based, as <c>step: N</c> counts.
/// <see cref="Do"/> is the typed action (what <c>do:</c> and its arguments say, ready to run); <see cref="Arguments"/>
/// keeps the validated values by argument name for readers that look at one argument across actions.
/// </summary>
public sealed record ScenarioStep(
    int Index,
    TimeSpan At,
    string Actor,
    ScenarioAction Do,
    StepArguments Arguments,
    SourceLocation Location)
{
    /// <summary>The action's name, as written after <c>do:</c>.</summary>
    public string Action => Do.Name;
}
