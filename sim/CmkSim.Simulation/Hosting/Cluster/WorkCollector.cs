using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// What one grain call scheduled, in order, and the environments whose state it wrote, until they are delivered to the
/// run's engine. Opened around each incoming call (<see cref="WorkDelivery"/>) and reached through an async-local, so
/// concurrent calls never mix their work.
/// </summary>
internal sealed class WorkCollector(string run)
{
    private static readonly AsyncLocal<WorkCollector?> CurrentCollector = new();

    private readonly object _sync = new();
    private List<ScheduledEntry> _entries = [];
    private List<string> _written = [];
    private bool _closed;

    /// <summary>The run (its inbox's grain id) the call belongs to.</summary>
    public string Run { get; } = run;

    public static WorkCollector? Current
    {
        get => CurrentCollector.Value;
        set => CurrentCollector.Value = value;
    }

    public void Add(ScheduledEntry entry)
    {
        lock (_sync)
        {
            if (_closed)
            {
                // Work scheduled after the call answered would never reach the engine: a grain left work running.
                throw new InvalidOperationException($"'{entry.Work.Kind}' of '{entry.Owner}' was scheduled after its call had answered");
            }

            _entries.Add(entry);
        }
    }

    /// <summary>An environment's state was written in this call; false once the call has answered (too late to ride it).</summary>
    public bool Written(string environment)
    {
        lock (_sync)
        {
            if (_closed)
            {
                return false;
            }

            _written.Add(environment);
            return true;
        }
    }

    /// <summary>Whether work was scheduled since the last <see cref="Take"/> (writes alone can wait for the call's answer).</summary>
    public bool HasWork
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count > 0;
            }
        }
    }

    /// <summary>Everything scheduled and written so far, in order, and forgets it; <paramref name="close"/> refuses anything later.</summary>
    public WorkBatch Take(bool close = false)
    {
        lock (_sync)
        {
            var taken = new WorkBatch(_entries, _written);
            if (_entries.Count > 0)
            {
                _entries = [];
            }

            if (_written.Count > 0)
            {
                _written = [];
            }

            _closed |= close;
            return taken;
        }
    }
}
