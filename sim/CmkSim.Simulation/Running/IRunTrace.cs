using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Told what a run is doing, for a diagnostic log outside the simulation (the CLI's load trace, which reads the wall
/// clock this library must not): the run's engine when it starts, and each phase between engine windows.
/// </summary>
public interface IRunTrace
{
    void Started(SimulationEngine engine);

    /// <summary>The phase the run enters: "events", "checks", "sample", "journal", "inventory", "done".</summary>
    void Phase(string name);
}
