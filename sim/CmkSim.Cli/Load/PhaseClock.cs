using System.Diagnostics;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Load;

/// <summary>
/// Marks each phase of a load run with this process's counters as it begins (wall and CPU time, GC pauses, RSA
/// unwraps and wraps, AES-GCM seals and opens, grain calls), so the load figures can say which phase the time beyond
/// the bound went to (issue 12: "report the ratio and what the remainder is spent on"). Passes everything on to the
/// load trace, if any. A few hundred marks a run (one per checkpoint phase), each a handful of counter reads.
/// </summary>
internal sealed class PhaseClock(IRunTrace? inner) : IRunTrace
{
    /// <summary>The phase from the silo's start to the tenant's declaration (the run names the others).</summary>
    public const string Silo = "silo";

    private readonly List<(string Name, PhaseCounters At)> _marks = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    /// <summary>Every mark so far, in time order.</summary>
    public IReadOnlyList<(string Name, PhaseCounters At)> Marks => _marks;

    public void Started(SimulationEngine engine)
    {
        Mark(Silo);
        inner?.Started(engine);
    }

    public void Phase(string name)
    {
        Mark(name);
        inner?.Phase(name);
    }

    public void Checkpoint() => inner?.Checkpoint();

    private void Mark(string name)
    {
        var records = RecordCipherCounts.Snapshot();
        using var process = Process.GetCurrentProcess();
        _marks.Add((name, new PhaseCounters(_wall.Elapsed, process.TotalProcessorTime, GC.GetTotalPauseDuration(),
            HsmActivity.Unwraps, HsmActivity.Wraps, records.Seals, records.Opens, GrainCallCounter.Total)));
    }
}
