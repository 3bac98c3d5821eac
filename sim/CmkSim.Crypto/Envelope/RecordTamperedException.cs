namespace CmkSim.Crypto.Envelope;

/// <summary>A record's ciphertext, tag, nonce or associated data (environment and record id) was altered: AES-GCM refused it.</summary>
public sealed class RecordTamperedException(string environmentId, string recordId, Exception inner)
    : EnvelopeException($"Record '{recordId}' of environment '{environmentId}' failed authentication: it was altered, or moved from another environment or record.", inner);
