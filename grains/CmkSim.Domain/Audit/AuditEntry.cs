namespace CmkSim.Domain.Audit;

/// <summary>One line of the audit trail: who did what to which target at what simulated time, the outcome, and the rule.</summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? RuleId);
