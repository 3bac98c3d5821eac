namespace CmkSim.Crypto.Envelope;

/// <summary>The store holds no record with that id.</summary>
public sealed class RecordNotFoundException(string environmentId, string recordId)
    : EnvelopeException($"Environment '{environmentId}' holds no record '{recordId}'.");
