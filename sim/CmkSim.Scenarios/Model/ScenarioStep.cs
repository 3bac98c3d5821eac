namespace CmkSim.Scenarios.Model;

/// <summary>One action an actor takes at a virtual time. <see cref="Index"/> is 1-based, as <c>step: N</c> counts.</summary>
public sealed record ScenarioStep(
    int Index,
    TimeSpan At,
    string Actor,
    string Action,
    StepArguments Arguments,
    SourceLocation Location);
