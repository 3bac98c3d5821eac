using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// The vault could not serve the call: its HSM failed with a device error (503) or the vault could not be reached
/// (a transport error). The Azure SDK retries both with its back-off; a read whose data key is not cached fails.
/// </summary>
public sealed class KeyVaultUnavailableException(KeyVersionId keyId, string message)
    : KeyVaultTransientException(keyId, TimeSpan.Zero, $"{keyId.Vault} unavailable: {message}");

/// <summary>
/// The HSM behind the vault answered, but late (an injected latency): a platform operation that has not yet waited
/// for it is queued again after <see cref="KeyVaultTransientException.RetryAfter"/> and completes then.
/// </summary>
public sealed class KeyVaultSlowException(KeyVersionId keyId, TimeSpan latency)
    : KeyVaultTransientException(keyId, latency, $"{keyId.Vault}: the HSM answers {latency.TotalSeconds:0.###} s late");
