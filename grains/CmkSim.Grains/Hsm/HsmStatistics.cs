using System.Runtime.CompilerServices;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Grains.Hsm;

/// <summary>
/// One token's operation count and latencies, kept with the token the process opened (one object per token and
/// process, whichever silo or grain asks) rather than in a grain's activation: when silos of one process share an HSM
/// and a silo is killed, the HSM grain reactivates elsewhere and its counts go on from where they were (a count that
/// fell back to zero would show as negative operations on the timeline); and a vault's wraps and unwraps
/// (<see cref="HsmDataPlane"/>) count where its HSM grain reads them, on whichever silo of the process each runs.
/// </summary>
internal sealed class HsmStatistics
{
    private static readonly ConditionalWeakTable<HsmToken, HsmStatistics> PerToken = new();

    private long _operations;

    public HsmLatencyRecorder Wraps { get; } = new();

    public HsmLatencyRecorder Unwraps { get; } = new();

    public long Operations => Interlocked.Read(ref _operations);

    public void Counted() => Interlocked.Increment(ref _operations);

    public static HsmStatistics Of(HsmToken token) => PerToken.GetValue(token, _ => new HsmStatistics());
}
