namespace CmkSim.Scenarios.Model;

/// <summary>Step <see cref="Step"/> (1-based) must be refused, citing <see cref="RuleId"/> (null: any rule).</summary>
public sealed record RefusalExpectation(SourceLocation Location, int Step, string? RuleId) : Expectation(Location);
