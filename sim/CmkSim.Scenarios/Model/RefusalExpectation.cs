namespace CmkSim.Scenarios.Model;

/// <summary>
/// Step <see cref="Step"/> (1-based) must be refused, citing <see cref="RuleId"/> (null: any rule); or, when
/// <see cref="Refused"/> is false (<c>refused: false</c>), it must have succeeded: the platform accepted it.
/// </summary>
public sealed record RefusalExpectation(SourceLocation Location, int Step, string? RuleId, bool Refused = true) : Expectation(Location);
