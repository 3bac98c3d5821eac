namespace CmkSim.Domain.Keys;

/// <summary>
/// A key wrap algorithm, named as Azure Key Vault names it (the SDK's <c>KeyWrapAlgorithm</c>).
/// A value, not an enum, so an unknown name from a scenario can be carried and refused with its own text.
/// </summary>
public readonly record struct KeyWrapAlgorithm(string Name)
{
    /// <summary>RSA-OAEP with SHA-1 and MGF1-SHA1: what SoftHSM2 2.6.1 supports.</summary>
    public static KeyWrapAlgorithm RsaOaep => new("RSA-OAEP");

    /// <summary>RSA-OAEP with SHA-256: valid in Key Vault, refused by SoftHSM2 2.6.1.</summary>
    public static KeyWrapAlgorithm RsaOaep256 => new("RSA-OAEP-256");

    /// <summary>RSAES-PKCS1-v1_5.</summary>
    public static KeyWrapAlgorithm Rsa15 => new("RSA1_5");

    public override string ToString() => Name;
}
