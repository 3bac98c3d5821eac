namespace CmkSim.Domain.Compliance;

/// <summary>
/// A compliance finding: the rule, how bad, when, about what, why, and the audit entries that prove it (the event
/// and the chain of causes behind it). <see cref="Guidance"/> is the finding type's risk and remediation, from the
/// check's rule home.
/// </summary>
public sealed record Finding(
    string RuleId,
    FindingSeverity Severity,
    DateTimeOffset Time,
    string Subject,
    string Message,
    IReadOnlyList<int> Evidence,
    FindingGuidance? Guidance = null);
