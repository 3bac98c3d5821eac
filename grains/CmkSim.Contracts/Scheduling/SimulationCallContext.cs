namespace CmkSim.Contracts.Scheduling;

/// <summary>
/// What travels with every grain call of a run in Orleans' request context (it flows into the calls a grain makes,
/// across silos too): the simulated time of the call, the run's seed and the run's inbox. Embedded, only the time of
/// a window's event rides here; in a cluster, the driver stamps all three on every call it makes.
/// </summary>
public static class SimulationCallContext
{
    private const string TimeKey = "cmksim.event-time";
    private const string SeedKey = "cmksim.seed";
    private const string RunKey = "cmksim.run";

    /// <summary>The simulated time the call runs at, if any.</summary>
    public static DateTimeOffset? Time =>
        RequestContext.Get(TimeKey) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public static void SetTime(DateTimeOffset time) => RequestContext.Set(TimeKey, time.UtcTicks);

    /// <summary>The run's seed (cluster runs only).</summary>
    public static long? Seed => RequestContext.Get(SeedKey) is long seed ? seed : null;

    /// <summary>The run's inbox as a grain id string (cluster runs only): names the run and says where its work goes.</summary>
    public static string? Run => RequestContext.Get(RunKey) as string;

    public static void SetRun(string run, long seed)
    {
        RequestContext.Set(RunKey, run);
        RequestContext.Set(SeedKey, seed);
    }
}
