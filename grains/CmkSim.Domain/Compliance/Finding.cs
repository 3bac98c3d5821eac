namespace CmkSim.Domain.Compliance;

/// <summary>A compliance finding: the rule, how bad, when, about what, why, and the audit entries that prove it.</summary>
public sealed record Finding(
    string RuleId,
    FindingSeverity Severity,
    DateTimeOffset Time,
    string Subject,
    string Message,
    IReadOnlyList<int> Evidence);
