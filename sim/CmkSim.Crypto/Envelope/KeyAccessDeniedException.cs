namespace CmkSim.Crypto.Envelope;

/// <summary>Key Vault answers 403 Forbidden: the caller lacks the permission (rule KV-06).</summary>
public sealed class KeyAccessDeniedException(string keyId, string principal, string missing)
    : EnvelopeException($"403 Forbidden: '{principal}' lacks {missing} on key '{keyId}' (rule KV-06).");
