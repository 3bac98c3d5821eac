using CmkSim.Domain.Policies;
namespace CmkSim.Contracts.Policies;

/// <summary>An enterprise policy as an admin sees it.</summary>
[GenerateSerializer, Immutable]
public sealed record PolicyView(
    [property: Id(0)] EnterprisePolicyDefinition Definition,
    [property: Id(1)] string IdentityPrincipal,
    [property: Id(2)] IReadOnlyList<string> Environments,
    [property: Id(3)] IReadOnlyList<string> Readers);
