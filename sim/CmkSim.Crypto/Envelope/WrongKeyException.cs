namespace CmkSim.Crypto.Envelope;

/// <summary>The wrapped data key was not made by the key version that was asked to unwrap it.</summary>
public sealed class WrongKeyException(string keyId, Exception? inner = null)
    : EnvelopeException($"Key '{keyId}' can't unwrap this data key: it was wrapped by another key.", inner);
