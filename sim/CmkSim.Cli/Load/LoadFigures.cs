namespace CmkSim.Cli.Load;

/// <summary>
/// What a load run measured, beside the bare rates measured in the same run: the bound is the time the run's own
/// HSM and AES-GCM work needs at those rates on every core; the ratio is bound / wall (1.0 = the run is pure crypto).
/// </summary>
internal sealed record LoadFigures(
    int Environments,
    double SimulatedDays,
    double WallSeconds,
    long EventsDispatched,
    long Wraps,
    long Unwraps,
    long PeakRssBytes,
    int Cores,
    double BareUnwrapsPerSecond,
    double BareWrapsPerSecond,
    int InFlight,
    long LocalWindows,
    long LocalWindowEvents,
    long ViewFetches)
{
    public double BoundSeconds => Unwraps / BareUnwrapsPerSecond + Wraps / BareWrapsPerSecond;

    public double Ratio => BoundSeconds / WallSeconds;

    public double EventsPerSecond => EventsDispatched / WallSeconds;

    public double KilobytesPerEnvironment => PeakRssBytes / 1024.0 / Environments;
}
