namespace CmkSim.Engine.Scheduling;

/// <summary>Where an event is in its life, so cancelling one that has already run can say it was too late.</summary>
public enum SimulationEventState
{
    Pending,
    Dispatched,
    Cancelled,
}
