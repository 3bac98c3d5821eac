using CmkSim.Domain.Ports;

namespace CmkSim.Engine.Randomness;

/// <summary>
/// xoshiro256** (Blackman, Vigna 2018) seeded through SplitMix64: our own generator, so a seed gives the same numbers
/// on every machine and .NET version (System.Random promises no such thing). Thread-safe: draws are serialised, but
/// draws from several threads interleave in whatever order they arrive, so a deterministic run draws from one place.
/// </summary>
public sealed class SimRandom : IRandomSource
{
    private readonly object _sync = new();
    private ulong _s0, _s1, _s2, _s3;

    public SimRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64.Next(ref x);
        _s1 = SplitMix64.Next(ref x);
        _s2 = SplitMix64.Next(ref x);
        _s3 = SplitMix64.Next(ref x);
    }

    // The reference implementation's raw state, so tests can check against its published outputs.
    internal SimRandom(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    public ulong NextUInt64()
    {
        lock (_sync)
        {
            unchecked
            {
                var result = RotateLeft(_s1 * 5, 7) * 9;
                var t = _s1 << 17;
                _s2 ^= _s0;
                _s3 ^= _s1;
                _s1 ^= _s2;
                _s0 ^= _s3;
                _s2 ^= t;
                _s3 = RotateLeft(_s3, 45);
                return result;
            }
        }
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextDouble() * maxExclusive);
    }

    /// <summary>A whole number of seconds added to <paramref name="min"/>, uniform in [min, max] (both ends possible).</summary>
    public TimeSpan NextDuration(TimeSpan min, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        var spanSeconds = (long)(max - min).TotalSeconds;
        var seconds = (long)(NextDouble() * (spanSeconds + 1));
        return min + TimeSpan.FromSeconds(Math.Min(seconds, spanSeconds));
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
