namespace CmkSim.Domain.Tenants;

/// <summary>A user of the tenant: Entra roles, licences, and whether the account is active.</summary>
public sealed record TenantUser(
    string Name,
    IReadOnlyList<EntraRole> Roles,
    IReadOnlyList<string> Licenses,
    bool Active = true);
