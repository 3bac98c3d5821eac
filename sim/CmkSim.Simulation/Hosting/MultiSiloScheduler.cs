using System.Reflection;
using System.Runtime.CompilerServices;
using CmkSim.Domain.Ports;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The engine's queue as one silo incarnation of a <see cref="MultiSiloHost"/> sees it. Work a grain schedules holds
/// grain references made by the silo it ran on; the queue outlives that silo, so when the work falls due after the
/// silo was killed, those references are made again through a live silo (same grain, same interface) and the call
/// reaches the grain wherever it now lives. That is what a cluster does with the same work held by the driver.
/// </summary>
internal sealed class MultiSiloScheduler(IEventScheduler engine, Func<IGrainFactory> liveGrains) : IEventScheduler
{
    private volatile bool _killed;

    public DateTimeOffset Now => engine.Now;

    /// <summary>This incarnation's silo is gone: its references must be remade before use.</summary>
    public void Killed() => _killed = true;

    public void Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope = EventScope.Exclusive) =>
        engine.Schedule(due, owner, kind, Bound(action), scope);

    public void ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope = EventScope.Exclusive) =>
        engine.ScheduleAfter(delay, owner, kind, Bound(action), scope);

    private Func<CancellationToken, Task> Bound(Func<CancellationToken, Task> action) => cancellation =>
    {
        if (_killed)
        {
            GrainReferenceRebinding.Rebind(action, liveGrains());
        }

        return action(cancellation);
    };
}

/// <summary>
/// Makes the grain references a scheduled closure captured (directly, in an enclosing scope, or in a delegate it
/// captured) again through
/// another silo's <see cref="IGrainFactory"/>. A closure that holds a grain activation itself can't be moved: that
/// is a bug in the grain (it must capture a reference), reported loudly.
/// </summary>
internal static class GrainReferenceRebinding
{
    public static void Rebind(Delegate action, IGrainFactory grains) =>
        Rebind(action, grains, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Rebind(Delegate action, IGrainFactory grains, HashSet<object> seen)
    {
        foreach (var single in action.GetInvocationList())
        {
            if (single.Target is { } target && !target.GetType().IsAssignableTo(typeof(GrainReference)) && seen.Add(target))
            {
                RebindFields(target, grains, seen);
            }
        }
    }

    private static void RebindFields(object closure, IGrainFactory grains, HashSet<object> seen)
    {
        if (closure is Grain)
        {
            throw new InvalidOperationException(
                $"scheduled work holds the activation {closure.GetType().Name} itself, not a reference: it can't move to another silo");
        }

        foreach (var field in closure.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            switch (field.GetValue(closure))
            {
                case GrainReference reference:
                    field.SetValue(closure, grains.GetGrain(reference.GrainId, reference.InterfaceType));
                    break;
                case Delegate inner:
                    Rebind(inner, grains, seen);
                    break;
                case { } outer when outer.GetType().IsDefined(typeof(CompilerGeneratedAttribute)) && seen.Add(outer):
                    // An enclosing scope's captures (a lambda inside a loop body holds its parent's display class).
                    RebindFields(outer, grains, seen);
                    break;
                case Grain:
                    throw new InvalidOperationException(
                        $"scheduled work ({closure.GetType().Name}.{field.Name}) holds a grain activation, not a reference: it can't move to another silo");
            }
        }
    }
}
