using CmkSim.Domain.Ports;
using CmkSim.Engine.Randomness;
using CmkSim.Engine.Time;

namespace CmkSim.Engine.Scheduling;

/// <summary>
/// The discrete-event engine: one clock, one queue, one seed. Events run strictly one after another, each to
/// completion (grain calls included) before the next, which is what makes a run reproducible.
/// </summary>
public sealed class SimulationEngine(long seed, DateTimeOffset? epoch = null) : IEventScheduler
{
    void IEventScheduler.Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action) =>
        Schedule(due, owner, kind, action);

    void IEventScheduler.ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action) =>
        ScheduleAfter(delay, owner, kind, action);

    private readonly object _sync = new();
    private readonly PriorityQueue<SimulationEvent, SimulationEvent> _queue = new(EventOrder.Instance);
    private readonly Dictionary<string, long> _ownerSequences = new(StringComparer.Ordinal);
    private long _eventsDispatched;

    public VirtualClock Clock { get; } = new(epoch ?? VirtualClock.DefaultEpoch);

    public RandomStreams Random { get; } = new(seed);

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Events run so far, over every call to the run methods.</summary>
    public long EventsDispatched => Interlocked.Read(ref _eventsDispatched);

    /// <summary>Events still waiting, cancelled ones included until their time comes.</summary>
    public int Pending
    {
        get
        {
            lock (_sync)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>A guard against a schedule that never ends: more dispatched events than this throw <see cref="SimulationRunawayException"/>.</summary>
    public long MaxEvents { get; init; } = 50_000_000;

    /// <summary>Called just before each event's action, on the dispatching thread: the place to log or audit.</summary>
    public Action<SimulationEvent>? Dispatching { get; set; }

    public SimulationEvent Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(action);
        lock (_sync)
        {
            // Under the lock: the clock only moves under it too, so an event can never be accepted and then overtaken.
            if (due < Now)
            {
                throw new ArgumentOutOfRangeException(nameof(due), due, $"'{kind}' of '{owner}' is due {due:O}, before now ({Now:O}): events can't be scheduled in the past.");
            }

            var sequence = _ownerSequences[owner] = _ownerSequences.GetValueOrDefault(owner) + 1;
            var scheduled = new SimulationEvent(due, owner, sequence, kind, action);
            _queue.Enqueue(scheduled, scheduled);
            return scheduled;
        }
    }

    public SimulationEvent ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, $"'{kind}' of '{owner}' has a negative delay: events can't be scheduled in the past.");
        }

        lock (_sync)
        {
            // Now read under the same lock Schedule takes, so the delay counts from the time it checks against.
            return Schedule(Now + delay, owner, kind, action);
        }
    }

    public bool Cancel(SimulationEvent simulationEvent)
    {
        ArgumentNullException.ThrowIfNull(simulationEvent);
        lock (_sync)
        {
            if (simulationEvent.State != SimulationEventState.Pending)
            {
                return false;
            }

            // Left in the queue and skipped when its time comes: removing from a heap would cost a scan.
            simulationEvent.State = SimulationEventState.Cancelled;
            return true;
        }
    }

    /// <summary>Runs every event due up to <paramref name="end"/>, then sets the clock to <paramref name="end"/>.</summary>
    public async Task RunUntilAsync(DateTimeOffset end, CancellationToken cancellation = default)
    {
        await RunCoreAsync(end, cancellation);
        lock (_sync)
        {
            if (end > Now)
            {
                Clock.AdvanceTo(end);
            }
        }
    }

    /// <summary>Runs events until none are left; the clock stays at the last one's time.</summary>
    /// <returns>How many events this call ran.</returns>
    public Task<long> RunAllAsync(CancellationToken cancellation = default) => RunCoreAsync(DateTimeOffset.MaxValue, cancellation);

    private async Task<long> RunCoreAsync(DateTimeOffset end, CancellationToken cancellation)
    {
        var ran = 0L;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (TakeNext(end) is not { } next)
            {
                return ran;
            }

            ran++;
            try
            {
                // Checked again after taking the event: a cancellation that came while waiting for the lock runs nothing more.
                cancellation.ThrowIfCancellationRequested();
                Dispatching?.Invoke(next);
                await next.Action(cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new SimulationEventFailedException(next, e);
            }
        }
    }

    // Takes the earliest live event due by end and moves the clock to it, both under the lock (see Schedule).
    private SimulationEvent? TakeNext(DateTimeOffset end)
    {
        lock (_sync)
        {
            while (_queue.TryPeek(out var next, out _) && next.Due <= end)
            {
                if (next.State == SimulationEventState.Cancelled)
                {
                    _queue.Dequeue();
                    continue;
                }

                if (_eventsDispatched >= MaxEvents)
                {
                    // Left in the queue: the run stops, but what it would have done next is still there to inspect.
                    throw new SimulationRunawayException(MaxEvents, next);
                }

                _queue.Dequeue();
                next.State = SimulationEventState.Dispatched;
                Interlocked.Increment(ref _eventsDispatched);
                Clock.AdvanceTo(next.Due);
                return next;
            }

            return null;
        }
    }
}
