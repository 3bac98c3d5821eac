namespace CmkSim.Scenarios.Model;

/// <summary>The compliance report must raise a finding citing <see cref="RuleId"/>.</summary>
public sealed record FindingExpectation(SourceLocation Location, string RuleId) : Expectation(Location);
