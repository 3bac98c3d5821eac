namespace CmkSim.Scenarios;

/// <summary>One problem in a scenario file: where, which field (a path such as <c>steps[3].do</c>) and what was expected.</summary>
public sealed record ScenarioError(SourceLocation Where, string Field, string Message)
{
    public override string ToString() => $"{Where}: {Field}: {Message}";
}
