using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// What one grain call scheduled, in order, until it is delivered to the run's engine. Opened around each incoming
/// call (<see cref="WorkDelivery"/>) and reached through an async-local, so concurrent calls never mix their work.
/// </summary>
internal sealed class WorkCollector(string run)
{
    private static readonly AsyncLocal<WorkCollector?> CurrentCollector = new();

    private readonly object _sync = new();
    private List<ScheduledEntry> _entries = [];
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

    /// <summary>Everything scheduled so far, in order, and forgets it; <paramref name="close"/> refuses anything later.</summary>
    public List<ScheduledEntry> Take(bool close = false)
    {
        lock (_sync)
        {
            var taken = _entries;
            _entries = [];
            _closed |= close;
            return taken;
        }
    }
}
