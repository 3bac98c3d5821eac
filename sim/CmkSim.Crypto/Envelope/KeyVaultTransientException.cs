using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// A wrap or unwrap that did not get an answer about the key: a 429, a 503 from the HSM behind the vault, a transport
/// error, or a slow HSM the platform's operation waits for. Deliberately not an <see cref="EnvelopeException"/>: it
/// says nothing about key access, so code that locks on a key failure must not treat it as one; callers retry it.
/// </summary>
public abstract class KeyVaultTransientException(KeyVersionId keyId, TimeSpan retryAfter, string message) : Exception(message)
{
    public KeyVersionId KeyId { get; } = keyId;

    /// <summary>When the vault said to come back (429's Retry-After), or how long a slow call takes; zero when it said nothing.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
