using CmkSim.Domain.Tenants;
namespace CmkSim.Scenarios.Model;

/// <summary>A tenant user. Only Entra roles are given here; Azure roles are assigned by steps so the audit log shows them.</summary>
public sealed record UserSpec(
    string Name,
    IReadOnlyList<EntraRole> Roles,
    IReadOnlyList<string> Licenses,
    bool Active,
    SourceLocation Location);
