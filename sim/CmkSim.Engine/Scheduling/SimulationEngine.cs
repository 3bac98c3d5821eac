using CmkSim.Engine.Randomness;
using CmkSim.Engine.Time;

namespace CmkSim.Engine.Scheduling;

/// <summary>
/// The discrete-event engine: one clock, one queue, one seed. Events run strictly one after another, each to
/// completion (grain calls included) before the next, which is what makes a run reproducible.
/// </summary>
public sealed class SimulationEngine(long seed, DateTimeOffset? epoch = null) : IEventScheduler
{
    private readonly object _sync = new();
    private readonly PriorityQueue<SimulationEvent, SimulationEvent> _queue = new(EventOrder.Instance);
    private readonly Dictionary<string, long> _ownerSequences = new(StringComparer.Ordinal);

    public VirtualClock Clock { get; } = new(epoch ?? VirtualClock.DefaultEpoch);

    public RandomStreams Random { get; } = new(seed);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public long EventsDispatched { get; private set; }

    /// <summary>A guard against a schedule that never ends.</summary>
    public long MaxEvents { get; init; } = 50_000_000;

    public SimulationEvent Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action)
    {
        lock (_sync)
        {
            if (due < Now)
            {
                throw new ArgumentOutOfRangeException(nameof(due), $"'{kind}' of '{owner}' is due {due:O}, before now ({Now:O}).");
            }

            var sequence = _ownerSequences[owner] = _ownerSequences.GetValueOrDefault(owner) + 1;
            var scheduled = new SimulationEvent(due, owner, sequence, kind, action);
            _queue.Enqueue(scheduled, scheduled);
            return scheduled;
        }
    }

    public SimulationEvent ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action) =>
        Schedule(Now + delay, owner, kind, action);

    public bool Cancel(SimulationEvent simulationEvent)
    {
        lock (_sync)
        {
            var wasPending = !simulationEvent.Cancelled;
            simulationEvent.Cancelled = true;
            return wasPending;
        }
    }

    /// <summary>Runs every event due up to <paramref name="end"/>, then sets the clock to <paramref name="end"/>.</summary>
    public async Task RunUntilAsync(DateTimeOffset end, CancellationToken cancellation = default)
    {
        while (TakeNext(end) is { } next)
        {
            cancellation.ThrowIfCancellationRequested();
            Clock.AdvanceTo(next.Due);
            if (++EventsDispatched > MaxEvents)
            {
                throw new InvalidOperationException($"More than {MaxEvents} events: a schedule that never ends? Last: '{next.Kind}' of '{next.Owner}'.");
            }

            try
            {
                await next.Action(cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new SimulationEventFailedException(next, e);
            }
        }

        if (end > Now)
        {
            Clock.AdvanceTo(end);
        }
    }

    private SimulationEvent? TakeNext(DateTimeOffset end)
    {
        lock (_sync)
        {
            while (_queue.TryPeek(out var next, out _) && next.Due <= end)
            {
                _queue.Dequeue();
                if (!next.Cancelled)
                {
                    return next;
                }
            }

            return null;
        }
    }
}
