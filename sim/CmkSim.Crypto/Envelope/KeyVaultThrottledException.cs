using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// The vault answered 429 (a service limit): the call was not looked at and may be retried after
/// <see cref="RetryAfter"/>. Deliberately not an <see cref="EnvelopeException"/>: it says nothing about the key, so
/// code that locks on a key failure must not treat it as one; callers retry it instead.
/// </summary>
public sealed class KeyVaultThrottledException(KeyVersionId keyId, TimeSpan retryAfter, string message)
    : Exception($"429 Too Many Requests from {keyId.Vault}: {message} (Retry-After {retryAfter.TotalSeconds:0} s)")
{
    public KeyVersionId KeyId { get; } = keyId;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
