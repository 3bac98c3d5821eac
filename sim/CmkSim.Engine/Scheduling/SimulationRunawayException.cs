namespace CmkSim.Engine.Scheduling;

/// <summary>
/// More events than <see cref="SimulationEngine.MaxEvents"/>: almost always an event that reschedules itself with no
/// end (or with a zero delay), which would otherwise spin forever without the clock moving.
/// </summary>
public sealed class SimulationRunawayException(long maxEvents, SimulationEvent next)
    : Exception($"More than {maxEvents} events dispatched: a schedule that never ends? The next one was {next}; raise MaxEvents if the run really needs more.")
{
    public SimulationEvent Next { get; } = next;
}
