namespace CmkSim.Crypto.Envelope;

/// <summary>Key Vault answers 403 Forbidden: the key or the version is disabled.</summary>
public sealed class KeyVersionDisabledException(string keyId)
    : EnvelopeException($"403 Forbidden: key '{keyId}' is disabled; wrap and unwrap are refused until it is enabled again.");
