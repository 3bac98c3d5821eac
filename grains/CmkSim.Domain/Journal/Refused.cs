namespace CmkSim.Domain.Journal;

/// <summary>
/// An operation was refused before anything changed, citing the rule that refused it (there is no refusal without a
/// rule). <see cref="Status"/> is the HTTP status Key Vault answers with, for its own refusals.
/// </summary>
public sealed record Refused(string RefusedOperation, string Subject, string Rule, string Reason, int? Status = null) : JournalEvent(Rule)
{
    public override string Target => Subject;

    public override EventOutcome Outcome => EventOutcome.Refused;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string Operation => RefusedOperation;

    public override string Describe() => Status is { } status ? $"Denied {status}: {Reason}" : $"Denied: {Reason}";
}
