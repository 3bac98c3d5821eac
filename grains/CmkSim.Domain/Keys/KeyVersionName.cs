using System.Globalization;

namespace CmkSim.Domain.Keys;

/// <summary>How a scenario names a key version: <c>current</c>, <c>previous</c>, or its number counted from 1 (the first created).</summary>
public static class KeyVersionName
{
    /// <returns>The version's index among <paramref name="count"/> versions, oldest first; outside 0..count-1 when the key has no such version.</returns>
    public static int IndexOf(string name, int count) => name switch
    {
        "current" => count - 1,
        "previous" => count - 2,
        _ => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number - 1 : -1,
    };
}
