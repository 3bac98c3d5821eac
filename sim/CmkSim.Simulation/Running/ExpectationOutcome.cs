namespace CmkSim.Simulation.Running;

/// <summary>One expectation of a scenario, checked: what it said, whether it held, and what was seen.</summary>
public sealed record ExpectationOutcome(int Index, string Text, DateTimeOffset? At, bool Passed, string Detail, string? RuleId, int SourceLine);
