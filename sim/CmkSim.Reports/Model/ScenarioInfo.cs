namespace CmkSim.Reports.Model;

/// <summary>Which scenario ran, from which file, with which seed and scale, over which simulated window.</summary>
public sealed record ScenarioInfo(
    string Name,
    string Description,
    string SourceFile,
    long Seed,
    int Scale,
    string ToolVersion,
    DateTimeOffset SimulationStart,
    DateTimeOffset SimulationEnd,
    string? SigningKeyFingerprint = null);
