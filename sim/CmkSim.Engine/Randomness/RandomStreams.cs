using System.Text;

namespace CmkSim.Engine.Randomness;

/// <summary>
/// The run's one seed, split into named streams: a stream's numbers depend only on (seed, purpose), so adding a draw
/// in one place never shifts another. The same purpose always returns the same stream instance.
/// </summary>
public sealed class RandomStreams(long seed)
{
    private readonly Dictionary<string, SimRandom> _streams = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    public long Seed { get; } = seed;

    public SimRandom Stream(string purpose)
    {
        lock (_sync)
        {
            if (!_streams.TryGetValue(purpose, out var stream))
            {
                stream = new SimRandom(unchecked((ulong)Seed) ^ Fnv1a(purpose));
                _streams.Add(purpose, stream);
            }

            return stream;
        }
    }

    // Stable across processes and .NET versions, unlike string.GetHashCode.
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }
}
