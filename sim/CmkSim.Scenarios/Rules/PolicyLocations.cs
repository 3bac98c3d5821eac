namespace CmkSim.Scenarios.Rules;

/// <summary>The locations an enterprise policy may have (EP-02); an environment's region is one of them too.</summary>
public static class PolicyLocations
{
    public static IReadOnlyList<string> All { get; } =
    [
        "unitedstates", "southafrica", "switzerland", "germany", "unitedarabemirates", "france", "uk", "japan",
        "india", "canada", "southamerica", "europe", "asia", "australia", "korea", "norway", "singapore",
    ];
}
