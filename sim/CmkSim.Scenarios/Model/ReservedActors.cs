using CmkSim.Domain.Vaults;

namespace CmkSim.Scenarios.Model;

/// <summary>Actors that are not tenant users: the platform itself and Microsoft support.</summary>
public static class ReservedActors
{
    public const string Platform = "platform";

    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Platform, Support];

    /// <summary>
    /// What <paramref name="user"/> would be mistaken for in the audit log, or null when a tenant user may be called
    /// so: the platform, Microsoft support and the Power Platform service principal are no tenant's users, and an
    /// auditor reading "support" must know it was Microsoft support. Compared ignoring case, as Entra compares names.
    /// </summary>
    public static string? MistakenFor(string user) => user.ToLowerInvariant() switch
    {
        Platform => "the platform itself",
        Support => "Microsoft support",
        _ when string.Equals(user, PlatformVaultNames.ServicePrincipal, StringComparison.OrdinalIgnoreCase) => "the Power Platform service principal",
        _ => null,
    };
}
