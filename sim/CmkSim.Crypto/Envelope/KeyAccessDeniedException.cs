namespace CmkSim.Crypto.Envelope;

/// <summary>Key Vault answers 403 Forbidden: the caller lacks the permission (rule KV-06) or the network path is closed (rule KV-04).</summary>
public sealed class KeyAccessDeniedException(string keyId, string principal, string reason)
    : EnvelopeException($"403 Forbidden on key '{keyId}' for '{principal}': {reason}");
