using CmkSim.Contracts.Scheduling;
using CmkSim.Domain.Ports;
using CmkSim.Engine.Randomness;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// A remote silo's seeded streams: one <see cref="RandomStreams"/> per run (named by the run's inbox, seeded by the
/// run's seed, both from the request context). A purpose names one grain's draws, so its stream lives on the silo
/// where that grain is active and carries on there as it would in one process. A grain that moves to another silo
/// (its silo killed) starts its streams afresh there: its later draws differ from a run where nothing was killed.
/// </summary>
internal sealed class RunRandomStreams : IRandomStreams
{
    /// <summary>Runs remembered at once; the oldest is forgotten beyond this (a silo serves many runs over its life).</summary>
    internal const int RunsKept = 64;

    private readonly object _sync = new();
    private readonly Dictionary<string, RandomStreams> _runs = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public IRandomSource Stream(string purpose) => Of(
        SimulationCallContext.Run ?? throw new InvalidOperationException($"a grain drew from '{purpose}' outside a run's call: no run in the request context"),
        SimulationCallContext.Seed ?? throw new InvalidOperationException($"a grain drew from '{purpose}' in a call without the run's seed")).Stream(purpose);

    internal RandomStreams Of(string run, long seed)
    {
        lock (_sync)
        {
            if (_runs.TryGetValue(run, out var streams))
            {
                return streams;
            }

            if (_order.Count == RunsKept)
            {
                _runs.Remove(_order.Dequeue());
            }

            _runs.Add(run, streams = new RandomStreams(seed));
            _order.Enqueue(run);
            return streams;
        }
    }
}
