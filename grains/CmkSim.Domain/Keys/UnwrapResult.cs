namespace CmkSim.Domain.Keys;

/// <summary>The answer to an unwrapKey call (the SDK's <c>UnwrapResult</c>). <see cref="Key"/> is plaintext key material.</summary>
public sealed record UnwrapResult(
    KeyVersionId KeyId,
    KeyWrapAlgorithm Algorithm,
    byte[] Key);
