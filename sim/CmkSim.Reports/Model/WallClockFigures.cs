namespace CmkSim.Reports.Model;

/// <summary>Real (not simulated) measurements of the run; the only part of a report that differs between runs.</summary>
public sealed record WallClockFigures(
    double ScenarioSeconds,
    IReadOnlyList<double> WrapMicroseconds,
    IReadOnlyList<double> UnwrapMicroseconds);
