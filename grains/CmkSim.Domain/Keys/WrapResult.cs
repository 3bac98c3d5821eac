namespace CmkSim.Domain.Keys;

/// <summary>The answer to a wrapKey call (the SDK's <c>WrapResult</c>).</summary>
public sealed record WrapResult(
    KeyVersionId KeyId,
    KeyWrapAlgorithm Algorithm,
    byte[] EncryptedKey);
