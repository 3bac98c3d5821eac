using CmkSim.Domain.Ports;
using CmkSim.Engine.Randomness;
using CmkSim.Engine.Time;

namespace CmkSim.Engine.Scheduling;

/// <summary>
/// The discrete-event engine: one clock, one queue, one seed. An exclusive event runs alone, to completion (grain calls
/// included), before the next. The local events taken from the queue in its order up to the next exclusive one, due
/// within <see cref="Lookahead"/> of the first, form a window: shared state can't change inside it (nothing in it
/// writes any), so events of different owners commute and run concurrently, at most <see cref="InFlight"/> owners at
/// once, each owner's events in order, each seeing its own due time as now.
/// What a batch schedules waits in the queue under its deterministic key (time, owner, owner's sequence), never in the
/// order calls finished; the batch is the same whatever <see cref="InFlight"/> is, which keeps a run reproducible.
/// </summary>
public sealed class SimulationEngine(long seed, DateTimeOffset? epoch = null) : IEventScheduler
{
    void IEventScheduler.Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope) =>
        Schedule(due, owner, kind, action, scope);

    void IEventScheduler.ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action, EventScope scope) =>
        ScheduleAfter(delay, owner, kind, action, scope);

    private readonly object _sync = new();
    private readonly PriorityQueue<SimulationEvent, SimulationEvent> _queue = new(EventOrder.Instance);
    private readonly Dictionary<string, long> _ownerSequences = new(StringComparer.Ordinal);
    private long _eventsDispatched;

    public VirtualClock Clock { get; } = new(epoch ?? VirtualClock.DefaultEpoch);

    public RandomStreams Random { get; } = new(seed);

    /// <summary>
    /// The simulated now as the running event sees it: its own due time inside a window of local events (which run
    /// beside events due later), else the engine's clock.
    /// </summary>
    public DateTimeOffset Now => _eventTime.Value ?? EventTime?.Invoke() ?? Clock.GetUtcNow();

    private readonly AsyncLocal<DateTimeOffset?> _eventTime = new();

    /// <summary>
    /// Where a host keeps the running event's time across its own calls (Orleans: the request context, which flows
    /// into every grain call an event makes): <see cref="Entering"/> sets it, this reads it (null outside an event).
    /// </summary>
    public Func<DateTimeOffset?>? EventTime { get; set; }

    /// <summary>Called on the event's own flow just before a local event's action: the place to stamp its time.</summary>
    public Action<SimulationEvent>? Entering { get; set; }

    /// <summary>
    /// How far past the first local event of a window later local events may join it (zero: the same instant only).
    /// Between two exclusive events shared state is constant, so local events of different owners commute whatever
    /// their times; each still sees its own time. An event a window's event schedules inside the window's span (a
    /// straggler, counted in <see cref="Stragglers"/>) runs after the window: the same at every degree of parallelism.
    /// </summary>
    public TimeSpan Lookahead { get; init; }

    /// <summary>Events scheduled by a window's event to fall due before that window's last event (see <see cref="Lookahead"/>).</summary>
    public long Stragglers => Interlocked.Read(ref _stragglers);

    private long _stragglers;
    private DateTimeOffset? _windowEnd;

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

    /// <summary>
    /// Called before each event's action, on the dispatching thread, in queue order: the place to log or audit. For a
    /// batch of local events it is called for every event of the batch before any of them starts.
    /// </summary>
    public Action<SimulationEvent>? Dispatching { get; set; }

    /// <summary>How many owners' local events may run at once in a batch; 1 runs them one after another (same results).</summary>
    public int InFlight
    {
        get => _inFlight;
        init => _inFlight = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(InFlight), value, "at least 1");
    }

    private readonly int _inFlight = 1;

    /// <summary>Local-event batches run so far and the events in them (for the load figures).</summary>
    public (long Batches, long Events) LocalBatches => (Interlocked.Read(ref _batches), Interlocked.Read(ref _batchedEvents));

    private long _batches;
    private long _batchedEvents;

    /// <summary>
    /// What the engine runs now, for a diagnostic log read from another thread: the window's first event and how many
    /// events it holds (one: an exclusive event, or a local one, alone); null between windows.
    /// </summary>
    public EngineWindow? Running => Volatile.Read(ref _running);

    private EngineWindow? _running;

    public SimulationEvent Schedule(DateTimeOffset due, string owner, string kind, Func<CancellationToken, Task> action,
        EventScope scope = EventScope.Exclusive)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(action);
        lock (_sync)
        {
            // Under the lock: the clock only moves under it too, so an event can never be accepted and then overtaken.
            var now = Now;
            if (due < now)
            {
                throw new ArgumentOutOfRangeException(nameof(due), due, $"'{kind}' of '{owner}' is due {due:O}, before now ({now:O}): events can't be scheduled in the past.");
            }

            if (due < _windowEnd)
            {
                _stragglers++;
            }

            var sequence = _ownerSequences[owner] = _ownerSequences.GetValueOrDefault(owner) + 1;
            var scheduled = new SimulationEvent(due, owner, sequence, kind, action, scope);
            _queue.Enqueue(scheduled, scheduled);
            return scheduled;
        }
    }

    public SimulationEvent ScheduleAfter(TimeSpan delay, string owner, string kind, Func<CancellationToken, Task> action,
        EventScope scope = EventScope.Exclusive)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, $"'{kind}' of '{owner}' has a negative delay: events can't be scheduled in the past.");
        }

        lock (_sync)
        {
            // Now read under the same lock Schedule takes, so the delay counts from the time it checks against.
            return Schedule(Now + delay, owner, kind, action, scope);
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
            if (end > Clock.GetUtcNow())
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
            var batch = TakeBatch(end);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _running, null);
                return ran;
            }

            ran += batch.Count;
            Volatile.Write(ref _running, new EngineWindow(batch[0], batch.Count));
            // Checked again after taking the events: a cancellation that came while waiting for the lock runs nothing more.
            cancellation.ThrowIfCancellationRequested();
            foreach (var next in batch)
            {
                Dispatching?.Invoke(next);
            }

            if (batch.Count == 1)
            {
                await RunOneAsync(batch[0], cancellation);
            }
            else
            {
                Interlocked.Increment(ref _batches);
                Interlocked.Add(ref _batchedEvents, batch.Count);
                lock (_sync)
                {
                    _windowEnd = batch[^1].Due;
                }

                try
                {
                    await RunBatchAsync(batch, cancellation);
                }
                finally
                {
                    lock (_sync)
                    {
                        _windowEnd = null;
                    }
                }
            }
        }
    }

    private static async Task RunOneAsync(SimulationEvent next, CancellationToken cancellation)
    {
        try
        {
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

    /// <summary>
    /// Local events of one instant: each owner's in queue order on one worker, up to <see cref="InFlight"/> owners at
    /// once. If any fail, the one first in queue order is reported, so the error too is the same at every degree.
    /// </summary>
    private async Task RunBatchAsync(List<SimulationEvent> batch, CancellationToken cancellation)
    {
        // Each event with its place in the batch, grouped by owner in the order owners first appear.
        var owners = new List<List<int>>();
        var byOwner = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!byOwner.TryGetValue(batch[i].Owner, out var events))
            {
                byOwner.Add(batch[i].Owner, events = []);
                owners.Add(events);
            }

            events.Add(i);
        }

        var failures = new Exception?[batch.Count];
        var nextOwner = -1;

        async Task Worker()
        {
            int index;
            while ((index = Interlocked.Increment(ref nextOwner)) < owners.Count)
            {
                foreach (var i in owners[index])
                {
                    try
                    {
                        _eventTime.Value = batch[i].Due;
                        Entering?.Invoke(batch[i]);
                        await batch[i].Action(cancellation);
                    }
                    catch (Exception failure)
                    {
                        failures[i] = failure;
                        break; // the owner's later events would run on a state its failed event left half-done
                    }
                }
            }
        }

        var workers = Math.Min(_inFlight, owners.Count);
        if (workers == 1)
        {
            await Worker();
        }
        else
        {
            // On the thread pool: an action's synchronous part (CPU work before its first await) runs beside the others too.
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker, CancellationToken.None)));
        }

        for (var i = 0; i < failures.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                if (failure is OperationCanceledException && cancellation.IsCancellationRequested)
                {
                    throw failure;
                }

                throw new SimulationEventFailedException(batch[i], failure);
            }
        }

        cancellation.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Takes the earliest live event due by end and moves the clock to it, both under the lock (see Schedule). When it is
    /// local, the following local events due at the same instant come with it, up to the first exclusive one.
    /// </summary>
    private List<SimulationEvent> TakeBatch(DateTimeOffset end)
    {
        var batch = new List<SimulationEvent>();
        lock (_sync)
        {
            while (_queue.TryPeek(out var next, out _) && next.Due <= end)
            {
                if (next.State == SimulationEventState.Cancelled)
                {
                    _queue.Dequeue();
                    continue;
                }

                if (batch.Count > 0 && (next.Scope != EventScope.Local || next.Due > batch[0].Due + Lookahead))
                {
                    break;
                }

                if (_eventsDispatched >= MaxEvents)
                {
                    if (batch.Count > 0)
                    {
                        break; // the batch so far runs; the next take throws
                    }

                    // Left in the queue: the run stops, but what it would have done next is still there to inspect.
                    throw new SimulationRunawayException(MaxEvents, next);
                }

                _queue.Dequeue();
                next.State = SimulationEventState.Dispatched;
                Interlocked.Increment(ref _eventsDispatched);
                if (batch.Count == 0)
                {
                    // To the window's first event only: a straggler may fall due before its last, and the clock never goes back.
                    Clock.AdvanceTo(next.Due);
                }

                batch.Add(next);
                if (next.Scope != EventScope.Local)
                {
                    break;
                }
            }

            return batch;
        }
    }
}
