using CmkSim.Contracts.Keys;

namespace CmkSim.Contracts.Data;

/// <summary>An environment's data-encryption key as it exists at rest: wrapped, with the key version that wrapped it.</summary>
[GenerateSerializer, Immutable]
public sealed record WrappedDataKey(
    [property: Id(0)] KeyVersionId WrappedBy,
    [property: Id(1)] KeyWrapAlgorithm Algorithm,
    [property: Id(2)] byte[] EncryptedKey);
