using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Signs report manifests with RSA-PSS, SHA-256, MGF1-SHA256 and a 32-byte salt. Either with the installation's
/// persistent key (<see cref="SigningToken"/>: the same fingerprint on every run) or with a key that never leaves the
/// run's HSM (key <c>report-signing</c> on token <c>cmksim-reports</c>, new with each fresh token directory).
/// </summary>
public sealed class ReportSigner
{
    public const string TokenLabel = "cmksim-reports";
    public const string KeyId = "report-signing";
    public const string Algorithm = "RSASSA-PSS-SHA256";
    public const int KeyBits = 3072;

    // Two callers in one process must not both create the key.
    private static readonly Lock Gate = new();

    private readonly Func<byte[], byte[]> _sign;

    private ReportSigner(RsaPublicKey publicKey, Func<byte[], byte[]> sign)
    {
        PublicKey = publicKey;
        _sign = sign;
    }

    public RsaPublicKey PublicKey { get; }

    /// <summary>The key in the HSM's report token, created on first use: as lasting as the token directory.</summary>
    public static ReportSigner Open(SoftHsm hsm)
    {
        lock (Gate)
        {
            var token = hsm.Token(TokenLabel);
            var publicKey = token.ContainsKey(KeyId) ? token.GetPublicKey(KeyId) : token.GenerateRsaKeyPair(KeyId, KeyBits);
            return new ReportSigner(publicKey, data => token.SignPss(KeyId, data));
        }
    }

    /// <summary>A signer over a private key held in memory (the installation's key, read from its token folder).</summary>
    internal static ReportSigner FromPrivateKey(RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new ReportSigner(new RsaPublicKey(parameters.Modulus!, parameters.Exponent!),
            data => key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
    }

    public byte[] Sign(byte[] data) => _sign(data);
}
