using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Scenarios.Model;

/// <summary>Actors that are not tenant users: the platform itself and Microsoft support.</summary>
public static class ReservedActors
{
    public const string Platform = "platform";

    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Platform, Support];

    /// <summary>
    /// What <paramref name="user"/> would be mistaken for in the audit log and in role assignments, or null when a
    /// tenant user may be called so: the platform, Microsoft support, the tenant's own set-up, the Power Platform
    /// service principal and policies' managed identities (EP-03: "&lt;policy&gt;-identity") are no tenant's users. A user
    /// named "ep-identity" held the key access granted to it as if it were policy ep's identity. Compared ignoring
    /// case, as Entra compares names.
    /// </summary>
    public static string? MistakenFor(string user) => user.ToLowerInvariant() switch
    {
        Platform => "the platform itself",
        Support => "Microsoft support",
        Tenant => "the tenant's own set-up",
        _ when string.Equals(user, PlatformVaultNames.ServicePrincipal, StringComparison.OrdinalIgnoreCase) => "the Power Platform service principal",
        _ when Ep03SystemAssignedIdentity.IsIdentityName(user) => $"a policy's managed identity (EP-03 names each '<policy>{Ep03SystemAssignedIdentity.IdentitySuffix}')",
        _ => null,
    };

    /// <summary>The actor of the tenant's own set-up events (users added before the first step): not a step's actor.</summary>
    private const string Tenant = "tenant";
}
