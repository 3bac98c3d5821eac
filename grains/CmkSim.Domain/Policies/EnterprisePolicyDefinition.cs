namespace CmkSim.Domain.Policies;

/// <summary>An enterprise policy as its ARM template defines it (rules EP-01, EP-02, EP-07).</summary>
public sealed record EnterprisePolicyDefinition(
    string Name,
    string Location,
    string Subscription,
    string Vault,
    string KeyName,
    string? KeyVersion = null);
