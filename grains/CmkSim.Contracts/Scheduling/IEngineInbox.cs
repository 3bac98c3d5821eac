namespace CmkSim.Contracts.Scheduling;

/// <summary>
/// The run's engine as silos in other processes reach it: an observer in the driver (the cluster client holding the
/// engine). A silo delivers what a grain call scheduled before that call's response leaves, in the order it was
/// scheduled, so when an event's call returns everything it caused is already on the queue, and the environments
/// whose state the call wrote are known to the run (so it fetches again only the views that changed).
/// </summary>
public interface IEngineInbox : IGrainObserver
{
    Task EnqueueAsync(IReadOnlyList<ScheduledEntry> entries, IReadOnlyList<string> writtenEnvironments);
}
