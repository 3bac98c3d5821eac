namespace CmkSim.Crypto.Hsm;

/// <summary>The RSA modulus sizes Key Vault and Managed HSM offer for CMK (rule KV-02).</summary>
public static class RsaKeySize
{
    public static IReadOnlyList<int> Supported { get; } = [2048, 3072, 4096];

    public static void Validate(int bits)
    {
        if (!Supported.Contains(bits))
        {
            throw new HsmException(HsmError.KeySizeNotSupported,
                $"RSA key size {bits} is not supported; use one of {string.Join(", ", Supported)} bits (rule KV-02).");
        }
    }
}
