using CmkSim.Crypto.Hsm;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Signs report manifests with an RSA key that never leaves the HSM: key <c>report-signing</c> on token
/// <c>cmksim-reports</c>, created on first use. RSA-PSS with SHA-256, MGF1-SHA256 and a 32-byte salt.
/// </summary>
public sealed class ReportSigner
{
    public const string TokenLabel = "cmksim-reports";
    public const string KeyId = "report-signing";
    public const string Algorithm = "RSASSA-PSS-SHA256";
    private const int KeyBits = 3072;

    // Two callers in one process must not both create the key.
    private static readonly Lock Gate = new();

    private readonly HsmToken _token;

    private ReportSigner(HsmToken token, RsaPublicKey publicKey)
    {
        _token = token;
        PublicKey = publicKey;
    }

    public RsaPublicKey PublicKey { get; }

    public static ReportSigner Open(SoftHsm hsm)
    {
        lock (Gate)
        {
            var token = hsm.Token(TokenLabel);
            var publicKey = token.ContainsKey(KeyId) ? token.GetPublicKey(KeyId) : token.GenerateRsaKeyPair(KeyId, KeyBits);
            return new ReportSigner(token, publicKey);
        }
    }

    public byte[] Sign(byte[] data) => _token.SignPss(KeyId, data);
}
