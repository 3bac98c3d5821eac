using CmkSim.Domain.Ports;

namespace CmkSim.Engine.Randomness;

/// <summary>
/// The run's one seed, split into named streams: a stream's numbers depend only on (seed, purpose), so adding a draw
/// in one place never shifts another. Asking for the same purpose again returns the same cached instance, which
/// carries on where it was; it does not restart the sequence.
/// </summary>
public sealed class RandomStreams(long seed) : IRandomStreams
{
    private readonly Dictionary<string, SimRandom> _streams = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    public long Seed { get; } = seed;

    IRandomSource IRandomStreams.Stream(string purpose) => Stream(purpose);

    public SimRandom Stream(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        lock (_sync)
        {
            if (!_streams.TryGetValue(purpose, out var stream))
            {
                stream = new SimRandom(StreamSeed(Seed, purpose));
                _streams.Add(purpose, stream);
            }

            return stream;
        }
    }

    /// <summary>
    /// Mixes the seed before combining it with the purpose's hash, so no two (seed, purpose) pairs collide just
    /// because seed XOR hash happens to match (as a plain XOR would allow for neighbouring seeds).
    /// </summary>
    internal static ulong StreamSeed(long seed, string purpose) =>
        SplitMix64.Mix(SplitMix64.Mix(unchecked((ulong)seed)) ^ StableHash.Fnv1a64(purpose));
}
