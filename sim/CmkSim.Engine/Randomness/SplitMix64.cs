namespace CmkSim.Engine.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): turns any 64-bit value, however regular, into well-spread state. Pure
/// functions, so two runs with the same seed mix the same way everywhere.
/// </summary>
internal static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> and returns the next output of the generator.</summary>
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + Gamma);
        return Mix(state);
    }

    /// <summary>The output function alone: a bijection on 64-bit values.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
