namespace CmkSim.Scenarios.Rules;

/// <summary>
/// The 37 rule IDs of <c>shared/cmk-rules.md</c>. Kept here rather than referencing the grain contracts so that
/// validating a scenario needs no Orleans; a test checks the two lists agree.
/// </summary>
public static class KnownRules
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. Range("KV", 7), .. Range("EP", 7), .. Range("EN", 13), .. Range("DB", 4),
        .. Range("SD", 2), .. Range("LK", 3), .. Range("BY", 1),
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    public static bool Contains(string id) => Set.Contains(id);

    private static IEnumerable<string> Range(string prefix, int count) =>
        Enumerable.Range(1, count).Select(n => $"{prefix}-{n:00}");
}
