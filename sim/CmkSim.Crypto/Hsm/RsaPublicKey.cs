using System.Security.Cryptography;

namespace CmkSim.Crypto.Hsm;

/// <summary>The public half of an HSM key pair (the private half never leaves the token).</summary>
public sealed record RsaPublicKey(byte[] Modulus, byte[] Exponent)
{
    public int Bits => Modulus.SkipWhile(b => b == 0).Count() * 8;

    public RSA ToRsa() => RSA.Create(new RSAParameters { Modulus = Modulus, Exponent = Exponent });

    /// <summary>SHA-256 over the SubjectPublicKeyInfo, hex: the fingerprint reports print.</summary>
    public string Fingerprint()
    {
        using var rsa = ToRsa();
        return Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()));
    }
}
