namespace CmkSim.Grains.Policies;

/// <summary>The locations an enterprise policy can be created in (rule EP-02).</summary>
public static class PolicyLocations
{
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "unitedstates", "southafrica", "switzerland", "germany", "unitedarabemirates", "france", "uk", "japan",
        "india", "canada", "southamerica", "europe", "asia", "australia", "korea", "norway", "singapore",
    };
}
