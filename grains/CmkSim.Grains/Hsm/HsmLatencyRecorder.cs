using System.Diagnostics;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Grains.Hsm;

/// <summary>
/// Real (wall-clock) latency of HSM calls, for the report's latency plot. Measurement only: nothing simulated reads it,
/// so it can't disturb determinism; it is reported apart from the simulated results.
/// </summary>
internal sealed class HsmLatencyRecorder : IHsmLatencySink
{
    private const int Keep = 10_000;
    private readonly List<double> _samples = [];
    private long _count;

    /// <summary>Every call measured, beyond the <see cref="Keep"/> kept as samples.</summary>
    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyList<double> Samples
    {
        get
        {
            lock (_samples)
            {
                return _samples.ToList();
            }
        }
    }

    public long Started() => Stopwatch.GetTimestamp();

    /// <summary>A call that started at <paramref name="start"/> has its result (a wait for a session included).</summary>
    public void Completed(long start)
    {
        var micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        Interlocked.Increment(ref _count);
        lock (_samples)
        {
            if (_samples.Count < Keep)
            {
                _samples.Add(micros);
            }
        }
    }
}
