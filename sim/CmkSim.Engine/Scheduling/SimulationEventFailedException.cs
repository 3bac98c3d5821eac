namespace CmkSim.Engine.Scheduling;

/// <summary>An event's action threw; names the event so the run's report can say which.</summary>
public sealed class SimulationEventFailedException(SimulationEvent failed, Exception inner)
    : Exception($"Event '{failed.Kind}' of '{failed.Owner}' due {failed.Due:O} failed: {inner.Message}", inner)
{
    public SimulationEvent Event { get; } = failed;
}
