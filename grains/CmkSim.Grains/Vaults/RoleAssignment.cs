using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>An Azure RBAC role held by a principal on the vault.</summary>
[GenerateSerializer, Immutable]
public sealed record RoleAssignment([property: Id(0)] string Principal, [property: Id(1)] KeyVaultRole Role);
