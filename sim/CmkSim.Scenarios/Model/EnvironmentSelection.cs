namespace CmkSim.Scenarios.Model;

/// <summary>Environments named by exact names or <c>*</c> globs, and the declared environments they matched, in declaration order.</summary>
public sealed record EnvironmentSelection(IReadOnlyList<string> Patterns, IReadOnlyList<string> Names)
{
    public override string ToString() => string.Join(", ", Patterns);
}
