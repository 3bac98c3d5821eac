namespace CmkSim.Contracts.Vaults;

/// <summary>
/// A key's rotation policy, as Key Vault's <c>KeyRotationPolicy</c>: rotate a set time after a version is created,
/// or a set time before it expires; new versions expire after <see cref="ExpiresAfter"/>; notify before expiry.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KeyRotationPolicy(
    [property: Id(0)] TimeSpan? TimeAfterCreate = null,
    [property: Id(1)] TimeSpan? TimeBeforeExpiry = null,
    [property: Id(2)] TimeSpan? ExpiresAfter = null,
    [property: Id(3)] TimeSpan? NotifyBeforeExpiry = null);
