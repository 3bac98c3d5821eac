using CmkSim.Domain.Environments;
namespace CmkSim.Contracts.Environments;

/// <summary>The result of reading every record of an environment: how many decrypted, and why the rest did not.</summary>
[GenerateSerializer, Immutable]
public sealed record ReadOutcome(
    [property: Id(0)] int Readable,
    [property: Id(1)] int Unreadable,
    [property: Id(2)] string? Failure,
    [property: Id(3)] string? RuleId);
