namespace CmkSim.Contracts.Compliance;

/// <summary>A compliance finding: the rule, how bad, when, about what, why, and the audit entries that prove it.</summary>
[GenerateSerializer, Immutable]
public sealed record Finding(
    [property: Id(0)] string RuleId,
    [property: Id(1)] FindingSeverity Severity,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] string Subject,
    [property: Id(4)] string Message,
    [property: Id(5)] IReadOnlyList<int> Evidence);
