namespace CmkSim.Contracts.Preflight;

/// <summary>One check of the pre-flight, as Microsoft's ValidateKeyVaultForCMK script names it.</summary>
[GenerateSerializer, Immutable]
public sealed record PreflightCheck(
    [property: Id(0)] string Name,
    [property: Id(1)] PreflightOutcome Outcome,
    [property: Id(2)] string Meaning,
    [property: Id(3)] string? RuleId);
