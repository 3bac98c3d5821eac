namespace CmkSim.Scenarios;

/// <summary>Where in a scenario file something was written: 1-based line and column, as editors count them.</summary>
public sealed record SourceLocation(string File, long Line, long Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
