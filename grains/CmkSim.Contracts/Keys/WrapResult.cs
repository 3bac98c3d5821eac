namespace CmkSim.Contracts.Keys;

/// <summary>The answer to a wrapKey call (the SDK's <c>WrapResult</c>).</summary>
[GenerateSerializer, Immutable]
public sealed record WrapResult(
    [property: Id(0)] KeyVersionId KeyId,
    [property: Id(1)] KeyWrapAlgorithm Algorithm,
    [property: Id(2)] byte[] EncryptedKey);
