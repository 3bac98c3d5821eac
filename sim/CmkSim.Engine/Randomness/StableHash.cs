using System.Text;

namespace CmkSim.Engine.Randomness;

/// <summary>
/// FNV-1a 64 over UTF-8: the same value in every process and .NET version, unlike string.GetHashCode, which is
/// randomised per process and would make stream seeds differ from run to run.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Fnv1a64(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}
