namespace CmkSim.Contracts.Tenants;

/// <summary>A user of the tenant: Entra roles, licences, and whether the account is active.</summary>
[GenerateSerializer, Immutable]
public sealed record TenantUser(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<EntraRole> Roles,
    [property: Id(2)] IReadOnlyList<string> Licenses,
    [property: Id(3)] bool Active = true);
