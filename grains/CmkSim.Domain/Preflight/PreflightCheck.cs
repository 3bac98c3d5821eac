namespace CmkSim.Domain.Preflight;

/// <summary>One check of the pre-flight, as Microsoft's ValidateKeyVaultForCMK script names it.</summary>
public sealed record PreflightCheck(
    string Name,
    PreflightOutcome Outcome,
    string Meaning,
    string? RuleId);
