using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Data;

/// <summary>An environment's data-encryption key as it exists at rest: wrapped, with the key version that wrapped it.</summary>
public sealed record WrappedDataKey(
    KeyVersionId WrappedBy,
    KeyWrapAlgorithm Algorithm,
    byte[] EncryptedKey);
