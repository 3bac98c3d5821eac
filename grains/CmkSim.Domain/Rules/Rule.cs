namespace CmkSim.Domain.Rules;

/// <summary>One rule of the catalogue: its ID, how it acts, what it says, and where the seed says it.</summary>
public sealed record Rule(
    string Id,
    RuleKind Kind,
    string Summary,
    string Source);
