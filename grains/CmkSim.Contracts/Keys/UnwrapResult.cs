namespace CmkSim.Contracts.Keys;

/// <summary>The answer to an unwrapKey call (the SDK's <c>UnwrapResult</c>). <see cref="Key"/> is plaintext key material.</summary>
[GenerateSerializer, Immutable]
public sealed record UnwrapResult(
    [property: Id(0)] KeyVersionId KeyId,
    [property: Id(1)] KeyWrapAlgorithm Algorithm,
    [property: Id(2)] byte[] Key);
