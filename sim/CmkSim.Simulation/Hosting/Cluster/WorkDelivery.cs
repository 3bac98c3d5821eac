using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// Carries a remote silo's scheduled work, and the environments whose state it wrote, to the run's engine. Around each
/// incoming call to a CmkSim grain it opens a <see cref="WorkCollector"/>, and delivers what was collected before the
/// call's response leaves (awaited), and before each call the grain makes (so work reaches the engine in the order it
/// was scheduled across a call chain, as it does in one process). So when the engine's event returns, all it caused is
/// on the engine's queue, and every view it changed is known to the driver (<see cref="EnvironmentChanges"/>). The
/// driver marks the callee of its own call itself (<see cref="CalleeWrites"/>), so that write alone sends nothing.
/// </summary>
internal sealed class WorkDelivery(IGrainFactory grains, RequestClock clock, DeliveredEnvironmentWrites writes) : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private long _deliveries;

    /// <summary>Deliveries made to drivers so far: each one a round trip a grain call waited for.</summary>
    public long Deliveries => Interlocked.Read(ref _deliveries);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (!CmkSimGrainCalls.Includes(context))
        {
            await context.Invoke();
            return;
        }

        if (SimulationCallContext.Time is not { } time || SimulationCallContext.Run is not { } run)
        {
            throw new InvalidOperationException(
                $"{context.InterfaceMethod!.DeclaringType!.Name}.{context.InterfaceMethod.Name} arrived without the run's time and inbox: every call must come from a run's driver");
        }

        clock.Seen(time);
        var collector = new WorkCollector(run);
        var outer = WorkCollector.Current;
        WorkCollector.Current = collector;
        try
        {
            await context.Invoke();
        }
        finally
        {
            WorkCollector.Current = outer;
            // Also when the call failed: embedded, what it scheduled before failing is on the queue too.
            await DeliverAsync(collector, WithoutMarkedCallee(context, collector.Take(close: true)));
        }
    }

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        // Work goes before the call, to reach the engine in the order it was scheduled; writes (which carry no order)
        // ride along then, else wait for the call's answer: no round trip for them alone here.
        if (WorkCollector.Current is { HasWork: true } collector)
        {
            await DeliverAsync(collector, collector.Take());
        }

        await context.Invoke();
    }

    /// <summary>The batch less the callee's own write when the driver marked it already (<see cref="CalleeWrites"/>).</summary>
    private static WorkBatch WithoutMarkedCallee(IIncomingGrainCallContext context, WorkBatch batch)
    {
        if (batch.Written.Count == 0 || context.SourceId is not { } source || !GrainTypePrefix.IsClient(source)
            || !CalleeWrites.MarkedByDriver(context.InterfaceMethod))
        {
            return batch;
        }

        var callee = context.TargetId.Key.ToString();
        return batch with { Written = batch.Written.FindAll(e => !string.Equals(e, callee, StringComparison.Ordinal)) };
    }

    private Task DeliverAsync(WorkCollector collector, WorkBatch batch)
    {
        var written = batch.Written;
        if (writes.TakeUnattributed() is { Count: > 0 } unattributed)
        {
            written = [.. written, .. unattributed];
        }

        if (batch.Entries.Count == 0 && written.Count == 0)
        {
            return Task.CompletedTask;
        }

        Interlocked.Increment(ref _deliveries);
        return grains.GetGrain<IEngineInbox>(GrainId.Parse(collector.Run)).EnqueueAsync(batch.Entries, written);
    }
}
