using Orleans.Configuration;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Activations of an in-process run live as long as the run. Orleans collects activations idle for 15 minutes of
/// wall time by default: a long run on a slow or busy machine would then lose an environment's data-key cache where a
/// fast one keeps it, and its results would depend on the machine's speed.
/// </summary>
internal static class RunLongActivations
{
    /// <summary>Not a rule's duration: wall time, longer than any run.</summary>
    private static readonly TimeSpan CollectionAge = TimeSpan.FromDays(365);

    public static ISiloBuilder KeepActivationsForTheRun(this ISiloBuilder silo) =>
        silo.Configure<GrainCollectionOptions>(collection => collection.CollectionAge = CollectionAge);
}
