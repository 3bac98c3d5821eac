namespace CmkSim.Contracts.Rules;

/// <summary>One rule of the catalogue: its ID, how it acts, what it says, and where the seed says it.</summary>
[GenerateSerializer, Immutable]
public sealed record Rule(
    [property: Id(0)] string Id,
    [property: Id(1)] RuleKind Kind,
    [property: Id(2)] string Summary,
    [property: Id(3)] string Source);
