using CmkSim.Domain.Policies;
namespace CmkSim.Contracts.Policies;

/// <summary>
/// What adding one environment needs to know of its policy (EP-04, EP-05, EP-07, KV-04): its definition, its identity
/// and whether the admin is Reader on it. Not its linked environments: a <see cref="PolicyView"/> carries them all,
/// so fetching one per environment of a policy made adding N environments cost O(N²) copies (issue 12).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PolicyTerms(
    [property: Id(0)] EnterprisePolicyDefinition Definition,
    [property: Id(1)] string IdentityPrincipal,
    [property: Id(2)] bool ActorIsReader);
