namespace CmkSim.Crypto.Envelope;

/// <summary>Key Vault answers 404 Not Found: the key version does not exist (never created, deleted or purged).</summary>
public sealed class KeyVersionNotFoundException(string keyId)
    : EnvelopeException($"404 Not Found: key '{keyId}' does not exist (deleted or purged).");
