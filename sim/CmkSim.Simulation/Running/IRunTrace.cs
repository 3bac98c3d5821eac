using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Told what a run is doing, for a diagnostic log outside the simulation (the CLI's load trace, which reads the wall
/// clock this library must not): the run's engine when it starts, each phase between engine windows, and each checkpoint.
/// </summary>
public interface IRunTrace
{
    /// <summary>The phase the run enters as it ends: what follows is not the run's time.</summary>
    const string Done = "done";

    void Started(SimulationEngine engine);

    /// <summary>
    /// The phase the run enters: "tenant" (the silo is up: the tenant and its environments are declared), then "events",
    /// "checks", "sample", "journal", "inventory", "done". Before the first, the run is starting its silo.
    /// </summary>
    void Phase(string name);

    /// <summary>
    /// The engine has run every event up to a checkpoint and none is running; the run waits until this returns (a load
    /// run measures the machine's bare rates here, so that the measurement and the run don't compete for the cores).
    /// </summary>
    void Checkpoint();
}
