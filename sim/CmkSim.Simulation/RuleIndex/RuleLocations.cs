namespace CmkSim.Simulation.RuleIndex;

/// <summary>A place in the repository: a file from the repository root (forward slashes) and a 1-based line.</summary>
public sealed record SourceLine(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Code linked to a rule by an attribute: the member (<c>Type</c> or <c>Type.Method</c>) and where it is declared.</summary>
public sealed record CodeLink(string Member, SourceLine At);

/// <summary>A test method (<c>Class.Method</c>) that references a rule, and where it is declared.</summary>
public sealed record TestReference(string Test, SourceLine At);

/// <summary>A scenario file that mentions a rule, with the lines that do.</summary>
public sealed record ScenarioMention(string File, IReadOnlyList<int> Lines);
