namespace CmkSim.Contracts.Scheduling;

/// <summary>
/// Work a grain leaves for later, as data: one grain call to make when it falls due. Being a record (not a closure)
/// it can travel from a silo to an engine in another process, which makes the call with its own grain factory.
/// </summary>
[GenerateSerializer]
public abstract record ScheduledWork
{
    /// <summary>What happens, as the engine's log and the audit name it (the same strings the closures carried).</summary>
    public abstract string Kind { get; }

    /// <summary>The one grain call this work stands for.</summary>
    public abstract Task RunAsync(IGrainFactory grains);
}
