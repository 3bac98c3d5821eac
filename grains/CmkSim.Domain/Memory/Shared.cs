using System.Collections.Concurrent;
using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Memory;

/// <summary>
/// One instance for equal values that many environments hold: journal owners and actors, key version ids. Each call
/// into a grain brings its own copy of every string and id it carries; kept in 100,000 environments' journals and
/// data keys, the copies were a fifth of a load run's memory. Values are immutable, so sharing them changes nothing.
/// </summary>
public static class Shared
{
    // Key versions are few (a key's rotations), but they arrive as fresh copies from every vault answer.
    private static readonly ConcurrentDictionary<KeyVersionId, KeyVersionId> Versions = new();

    /// <summary>The process's one instance of <paramref name="text"/> (the runtime's intern pool).</summary>
    public static string Text(string text) => string.Intern(text);

    /// <summary>The process's one instance of a key version id equal to <paramref name="version"/>, its strings shared too.</summary>
    public static KeyVersionId Version(KeyVersionId version) =>
        Versions.TryGetValue(version, out var shared)
            ? shared
            : Versions.GetOrAdd(version, v => new KeyVersionId(Text(v.Vault), Text(v.Name), Text(v.Version)));
}
