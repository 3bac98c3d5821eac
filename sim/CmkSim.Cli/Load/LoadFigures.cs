using CmkSim.Simulation.Load;

namespace CmkSim.Cli.Load;

/// <summary>
/// What a load run measured, beside the bare rates measured in the same run: the bound is the time the run's own
/// RSA, AES-GCM and grain-call work needs at those rates on every core; the ratio is bound / wall (1.0 = the run is
/// nothing but that work).
/// </summary>
internal sealed record LoadFigures(
    int Environments,
    double SimulatedDays,
    double WallSeconds,
    long EventsDispatched,
    long PeakRssBytes,
    int Cores,
    int InFlight,
    long LocalWindows,
    long LocalWindowEvents,
    long ViewFetches,
    LoadBound Bound,
    double CpuSeconds,
    IReadOnlyList<LoadBareRates.RsaProbe> RsaProbes,
    double ProbeSeconds,
    double GcPauseSeconds,
    int Gen0Collections,
    int Gen2Collections,
    long AllocatedBytes,
    double JitSeconds,
    long JitMethods,
    IReadOnlyList<LoadPhase> Phases)
{
    /// <summary>Process CPU over wall time: well below <see cref="Cores"/> on a shared machine (the bound's rates then move too).</summary>
    public double CoresUsed => CpuSeconds / WallSeconds;

    public double BoundSeconds => Bound.Seconds;

    public double Ratio => Bound.RatioTo(WallSeconds);

    public double RsaOnlyBoundSeconds => Bound.RsaOnlySeconds;

    public double RsaOnlyRatio => Bound.RsaOnlyRatioTo(WallSeconds);

    public double EventsPerSecond => EventsDispatched / WallSeconds;

    public double KilobytesPerEnvironment => PeakRssBytes / 1024.0 / Environments;

    public LoadBareRates.RsaProbe RsaBefore => RsaProbes[0];

    public LoadBareRates.RsaProbe RsaAfter => RsaProbes[^1];

    /// <summary>The probes taken while the run lasted (neither the first, before it, nor the last, after it).</summary>
    public IReadOnlyList<LoadBareRates.RsaProbe> RsaProbesDuring => RsaProbes.Skip(1).SkipLast(1).ToList();

    public BoundTerm Term(string name) => Bound.Terms.Single(t => t.Name == name);
}
