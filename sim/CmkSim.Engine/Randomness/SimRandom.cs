namespace CmkSim.Engine.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64: our own generator, so a seed gives the same numbers on every machine and
/// .NET version (System.Random promises no such thing). Thread-safe: draws are serialised.
/// </summary>
public sealed class SimRandom
{
    private readonly object _sync = new();
    private ulong _s0, _s1, _s2, _s3;

    public SimRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    public ulong NextUInt64()
    {
        lock (_sync)
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

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextDouble() * maxExclusive);
    }

    /// <summary>A duration uniform in [min, max], to the second.</summary>
    public TimeSpan NextDuration(TimeSpan min, TimeSpan max)
    {
        var seconds = (long)((max - min).TotalSeconds * NextDouble());
        return min + TimeSpan.FromSeconds(seconds);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
