using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-02: "Managing an environment's encryption needs an active Entra user with the Power Platform or Dynamics
/// 365 admin role (or global tenant admin)." Every admin operation on an environment (add, remove, re-enable,
/// restore, copy, reset) asks it first.
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
}
