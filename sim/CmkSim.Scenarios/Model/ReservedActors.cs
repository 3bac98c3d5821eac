using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Actions;
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

    /// <summary>
    /// Why <paramref name="actor"/> may not take <paramref name="action"/>, or null when it may. The platform and
    /// Microsoft support are not the tenant's admins: before, <c>support</c> could revoke a policy's key access (and so
    /// lock every environment on it) and <c>platform</c> delete a customer's vault. <c>platform</c> takes the events
    /// that happen to the platform (<see cref="IPlatformEventAction"/>); <c>support</c> only reads records, so a
    /// scenario can show what support sees (EN-09: a locked environment is inaccessible to support too). Platform events
    /// are the platform's alone: a tenant user who could take an HSM down or kill a silo would be a capability no
    /// tenant has, and its name in the audit log would blame a person for the platform's fault.
    /// </summary>
    public static string? Refusal(string? actor, ScenarioAction action, string name) => actor switch
    {
        Platform when action is not IPlatformEventAction =>
            $"'{Platform}' is the platform itself, not a tenant admin: it takes only platform events (faults, injectEncryptionFailure, killSilo, restartSilo), not {name}",
        Support when action is not ReadRecords =>
            $"'{Support}' is Microsoft support, not a tenant admin: it only reads records (readRecords), it can't {name}",
        not Platform when action is IPlatformEventAction =>
            $"{name} is a platform event (a fault or a silo injected on purpose), not something a tenant user can do: write as: {Platform}",
        _ => null,
    };

    /// <summary>The actor of the tenant's own set-up events (users added before the first step): not a step's actor.</summary>
    private const string Tenant = "tenant";
}
