using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Grains.Hsm;

/// <summary>
/// One token's operation count and latencies, kept with the HSM the silo opened rather than in the grain's activation:
/// when silos of one process share an HSM and a silo is killed, the HSM grain reactivates elsewhere and its counts go
/// on from where they were (a count that fell back to zero would show as negative operations on the timeline).
/// </summary>
internal sealed class HsmStatistics
{
    private static readonly ConditionalWeakTable<SoftHsm, ConcurrentDictionary<string, HsmStatistics>> PerHsm = new();

    private long _operations;

    public HsmLatencyRecorder Wraps { get; } = new();

    public HsmLatencyRecorder Unwraps { get; } = new();

    public long Operations => Interlocked.Read(ref _operations);

    public void Counted() => Interlocked.Increment(ref _operations);

    public static HsmStatistics Of(SoftHsm hsm, string token) =>
        PerHsm.GetValue(hsm, _ => new ConcurrentDictionary<string, HsmStatistics>(StringComparer.Ordinal)).GetOrAdd(token, _ => new HsmStatistics());
}
