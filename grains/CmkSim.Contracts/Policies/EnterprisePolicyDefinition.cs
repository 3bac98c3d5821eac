namespace CmkSim.Contracts.Policies;

/// <summary>An enterprise policy as its ARM template defines it (rules EP-01, EP-02, EP-07).</summary>
[GenerateSerializer, Immutable]
public sealed record EnterprisePolicyDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string Location,
    [property: Id(2)] string Subscription,
    [property: Id(3)] string Vault,
    [property: Id(4)] string KeyName,
    [property: Id(5)] string? KeyVersion = null);
