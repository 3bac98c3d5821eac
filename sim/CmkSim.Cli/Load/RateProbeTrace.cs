using System.Diagnostics;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Load;

/// <summary>
/// Takes an RSA probe (<see cref="LoadBareRates.ProbeDuringRun"/>) at the first checkpoint after every
/// <see cref="Every"/> of wall time, while the engine is idle, and passes everything on to the load trace, if any. The
/// run waits for the probe; the load figures leave its wall and CPU time out.
/// </summary>
internal sealed class RateProbeTrace(LoadBareRates bare, IRunTrace? inner) : IRunTrace
{
    /// <summary>About 1 s of probe per 15 s of run: 6 % more wall time, for a bound that follows the machine.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    /// <summary>The phase of a probe: its time is not the run's.</summary>
    public const string Probe = "probe";

    private readonly Stopwatch _sinceProbe = new();

    public void Started(SimulationEngine engine)
    {
        _sinceProbe.Restart();
        inner?.Started(engine);
    }

    public void Phase(string name) => inner?.Phase(name);

    public void Checkpoint()
    {
        inner?.Checkpoint();
        if (_sinceProbe.Elapsed < Every)
        {
            return;
        }

        inner?.Phase(Probe);
        bare.ProbeDuringRun();
        _sinceProbe.Restart();
    }
}
