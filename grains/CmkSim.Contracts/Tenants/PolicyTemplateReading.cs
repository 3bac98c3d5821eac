using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;

namespace CmkSim.Contracts.Tenants;

/// <summary>An enterprise-policy template as the subscription's deployment read it: the policy it defines, or the refusal (EP-01) it journaled.</summary>
[GenerateSerializer, Immutable]
public sealed record PolicyTemplateReading(
    [property: Id(0)] EnterprisePolicyDefinition? Definition,
    [property: Id(1)] Decision? Refusal);
