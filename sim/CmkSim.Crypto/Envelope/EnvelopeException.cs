namespace CmkSim.Crypto.Envelope;

/// <summary>Base of the data plane's typed failures: each says which key or record and why.</summary>
public abstract class EnvelopeException(string message, Exception? inner = null) : Exception(message, inner);
