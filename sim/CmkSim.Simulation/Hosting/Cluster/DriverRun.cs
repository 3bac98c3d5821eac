using CmkSim.Contracts.Scheduling;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// The run a cluster client drives: its engine, and its inbox once attached. Stamps every call the client makes with
/// the engine's now (the running event's time inside a window, else the clock), the run's seed and its inbox; marks the
/// environment a call may write changed itself (<see cref="CalleeWrites"/>), so the call's silo need not report it.
/// </summary>
internal sealed class DriverRun(SimulationEngine engine) : IOutgoingGrainCallFilter
{
    public SimulationEngine Engine { get; } = engine;

    /// <summary>The inbox's grain id, set by <see cref="ClusterGrainHost.Attach"/>.</summary>
    public string? Inbox { get; set; }

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (Inbox is null)
        {
            return context.Invoke(); // Orleans' own calls before the run attaches
        }

        return Stamped(context);
    }

    /// <remarks>An async method: what it sets in the request context goes with this call only, not back to the caller.</remarks>
    private async Task Stamped(IOutgoingGrainCallContext context)
    {
        SimulationCallContext.SetTime(Engine.Now);
        SimulationCallContext.SetRun(Inbox!, Engine.Random.Seed);
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            // The call's answer was lost (its silo died, or it timed out), and with it the report of what it wrote:
            // every view is fetched again. A grain's own exception carries its report (WorkDelivery delivers anyway).
            EnvironmentChanges.Of(Engine).ChangedAll();
            throw;
        }
        finally
        {
            // After the call, as its silo's report would arrive: a fetch taken while it ran cannot miss its write.
            if (CalleeWrites.MarkedByDriver(context.InterfaceMethod))
            {
                EnvironmentChanges.Of(Engine).Changed(context.TargetId.Key.ToString()!);
            }
        }
    }
}
