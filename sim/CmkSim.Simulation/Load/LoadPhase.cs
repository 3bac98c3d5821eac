using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Load;

/// <summary>
/// What a load run's process had done when a phase of the run began: the figures a phase takes the difference of. The
/// CLI reads them (this library reads no clock); on silo processes the work counts stay in the silos.
/// </summary>
public readonly record struct PhaseCounters(
    TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause, long Unwraps, long Wraps, long Seals, long Opens, long GrainCalls)
{
    public static PhaseCounters operator -(PhaseCounters end, PhaseCounters start) => new(end.Wall - start.Wall,
        end.Cpu - start.Cpu, end.GcPause - start.GcPause, end.Unwraps - start.Unwraps, end.Wraps - start.Wraps,
        end.Seals - start.Seals, end.Opens - start.Opens, end.GrainCalls - start.GrainCalls);

    public static PhaseCounters operator +(PhaseCounters a, PhaseCounters b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu,
        a.GcPause + b.GcPause, a.Unwraps + b.Unwraps, a.Wraps + b.Wraps, a.Seals + b.Seals, a.Opens + b.Opens,
        a.GrainCalls + b.GrainCalls);
}

/// <summary>
/// One phase of a load run (the silo's start, the tenant's declaration, the simulated events, the expectation checks,
/// the timeline samples, the journal, the inventory; each summed over every time the run entered it): what it
/// <paramref name="Used"/>, with its share of the bound: its own work at the bare rates the whole run is priced at.
/// The phases' bounds add up to the run's.
/// </summary>
public sealed record LoadPhase(string Name, PhaseCounters Used, double? BoundSeconds)
{
    public double WallSeconds => Used.Wall.TotalSeconds;

    public double CpuSeconds => Used.Cpu.TotalSeconds;

    public double GcPauseSeconds => Used.GcPause.TotalSeconds;

    public long Unwraps => Used.Unwraps;

    public long Wraps => Used.Wraps;

    public long Seals => Used.Seals;

    public long Opens => Used.Opens;

    public long GrainCalls => Used.GrainCalls;

    /// <summary>bound / wall of the phase; null when its work was done in other processes and is not counted here.</summary>
    public double? Ratio => BoundSeconds is { } bound && WallSeconds > 0 ? bound / WallSeconds : null;

    /// <summary>
    /// The phases between <paramref name="marks"/> (each phase's name and the counters as it began, in time order) up to
    /// the first <see cref="IRunTrace.Done"/> mark, in the order they first began; <paramref name="leftOut"/> (the bare-rate probes
    /// taken during the run, not the run's time) dropped. Priced by <paramref name="bound"/>'s rates when
    /// <paramref name="priced"/>: the work counts are this process's.
    /// </summary>
    public static IReadOnlyList<LoadPhase> From(IReadOnlyList<(string Name, PhaseCounters At)> marks, LoadBound bound, bool priced,
        IReadOnlySet<string> leftOut)
    {
        var phases = new List<LoadPhase>();
        for (var i = 0; i + 1 < marks.Count && marks[i].Name != IRunTrace.Done; i++)
        {
            var (name, start) = marks[i];
            if (leftOut.Contains(name))
            {
                continue;
            }

            var used = marks[i + 1].At - start;
            var at = phases.FindIndex(p => p.Name == name);
            if (at < 0)
            {
                phases.Add(new LoadPhase(name, used, null));
            }
            else
            {
                phases[at] = phases[at] with { Used = phases[at].Used + used };
            }
        }

        return priced ? phases.Select(p => p with { BoundSeconds = bound.Price(p.Work) }).ToList() : phases;
    }

    private long Work(BoundWork work) => work switch
    {
        BoundWork.RsaUnwrap => Unwraps,
        BoundWork.RsaWrap => Wraps,
        BoundWork.AesGcmSeal => Seals,
        BoundWork.AesGcmOpen => Opens,
        _ => GrainCalls,
    };
}
