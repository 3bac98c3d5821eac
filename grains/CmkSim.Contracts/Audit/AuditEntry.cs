namespace CmkSim.Contracts.Audit;

/// <summary>One line of the audit trail: who did what to which target at what simulated time, the outcome, and the rule.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Target,
    [property: Id(4)] string Outcome,
    [property: Id(5)] string? RuleId);
