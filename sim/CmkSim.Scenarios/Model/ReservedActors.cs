namespace CmkSim.Scenarios.Model;

/// <summary>Actors that are not tenant users: the platform itself and Microsoft support.</summary>
public static class ReservedActors
{
    public const string Platform = "platform";

    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Platform, Support];
}
