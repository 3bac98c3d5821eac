namespace CmkSim.Scenarios.Model;

/// <summary>Something that must hold after (or during) the run; the subtypes say what.</summary>
public abstract record Expectation(SourceLocation Location);
