namespace CmkSim.Grains.Policies;

/// <summary>A 1-based line and column in a template's text.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start => new(1, 1);
}
