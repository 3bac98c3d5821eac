namespace CmkSim.Domain.Vaults;

/// <summary>
/// A key's rotation policy, as Key Vault's <c>KeyRotationPolicy</c>: rotate a set time after a version is created,
/// or a set time before it expires; new versions expire after <see cref="ExpiresAfter"/>; notify before expiry.
/// </summary>
public sealed record KeyRotationPolicy(
    TimeSpan? TimeAfterCreate = null,
    TimeSpan? TimeBeforeExpiry = null,
    TimeSpan? ExpiresAfter = null,
    TimeSpan? NotifyBeforeExpiry = null);
