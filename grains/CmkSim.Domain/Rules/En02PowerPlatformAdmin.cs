using CmkSim.Domain.Environments;
using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-02: "Managing an environment's encryption needs an active Entra user with the Power Platform or Dynamics
/// 365 admin role (or global tenant admin)." Every admin operation on an environment (add, remove, re-enable,
/// restore, copy, reset, back up, delete) asks it first; every step of a tenant user asks its sign-in.
/// </summary>
[RuleHome(RuleId.EN02)]
public static class En02PowerPlatformAdmin
{
    /// <param name="user">The tenant's user named <paramref name="actor"/>, or null when there is none. Every
    /// <see cref="EntraRole"/> a user holds is one of the admin roles the rule names.</param>
    [Enforces(RuleId.EN02)]
    public static Decision? Refusal(string actor, TenantUser? user) => user switch
    {
        null => Decision.Refuse(RuleId.EN02, $"'{actor}' is not a user of the tenant"),
        { Active: false } => Decision.Refuse(RuleId.EN02, $"'{actor}' is not an active user"),
        { Roles.Count: 0 } => Decision.Refuse(RuleId.EN02, $"'{actor}' holds no Power Platform, Dynamics 365 or global admin role"),
        _ => null,
    };

    /// <summary>
    /// The rule's "active Entra user", before anything else: a deactivated account can't sign in, so no step of theirs
    /// reaches a vault, a policy or an environment, whether or not it asks an admin role (before, a deactivated user
    /// still read and wrote records, and revoked key access). Null <paramref name="user"/> is an actor that is no
    /// tenant user (the platform, Microsoft support): not Entra's to refuse.
    /// </summary>
    [Enforces(RuleId.EN02)]
    public static Decision? SignInRefusal(string actor, TenantUser? user) =>
        user is { Active: false } ? Decision.Refuse(RuleId.EN02, $"'{actor}' is deactivated: a deactivated Entra account can't sign in") : null;

    /// <summary>
    /// A role change or deactivation that changes nothing is refused citing EN-02 (the rule it would have served), so a
    /// script that assumes a state it does not have is told.
    /// </summary>
    [Enforces(RuleId.EN02)]
    public static Decision? UserChangeRefusal(string user, TenantUser? current, EntraRole? role, bool granted, bool deactivate) => current switch
    {
        null when deactivate => Decision.Refuse(RuleId.EN02, $"'{user}' is not an active user"),
        null => Decision.Refuse(RuleId.EN02, $"no user '{user}' in the tenant"),
        { Active: false } when deactivate => Decision.Refuse(RuleId.EN02, $"'{user}' is not an active user"),
        _ when deactivate => null,
        _ when current.Roles.Contains(role!.Value) == granted =>
            Decision.Refuse(RuleId.EN02, granted ? $"'{user}' already has {role}" : $"'{user}' does not have {role}"),
        _ => null,
    };

    /// <summary>
    /// Delete environment, once the admin check passed: an environment is deleted while enabled or locked, not while
    /// an operation runs on it (encrypting, reverting) nor once deleted. The refusal cites the rule that holds it
    /// (<paramref name="heldBy"/>: EN-03, EN-04, or the rule it was deleted under).
    /// </summary>
    /// <param name="canDelete">Whether the environment's machine may fire its delete.</param>
    [Enforces(RuleId.EN02)]
    public static Decision? DeleteRefusal(string environment, EnvironmentStatus status, bool canDelete, string? heldBy) =>
        canDelete ? null : Decision.Refuse(heldBy ?? RuleId.EN02, $"'{environment}' is {status}: it can't be deleted now");
}
