using System.Security.Cryptography;
using System.Text;
using CmkSim.Crypto.Hsm;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Reports;

/// <summary>SoftHSM2 really signs with CKM_SHA256_RSA_PKCS_PSS, and managed RSA-PSS verifies what it made.</summary>
public sealed class PssSigningTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private readonly HsmToken _token = fixture.Hsm.Token("test-pss");

    [Theory]
    [InlineData(2048)]
    [InlineData(3072)]
    public void SoftHSM_signs_RSA_PSS_SHA256_that_managed_RSA_verifies(int bits)
    {
        var keyId = $"pss/{bits}";
        var publicKey = _token.GenerateRsaKeyPair(keyId, bits);
        var data = Encoding.UTF8.GetBytes("cmksim-manifest/1\nabc  report.html\n");

        var signature = _token.SignPss(keyId, data);

        using var rsa = publicKey.ToRsa();
        Assert.Equal(bits / 8, signature.Length);
        Assert.True(rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
        Assert.False(rsa.VerifyData(data.Append((byte)0).ToArray(), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
        Assert.False(rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        // PSS is randomised by its salt: two signatures of the same data differ, both verify.
        var again = _token.SignPss(keyId, data);
        Assert.NotEqual(signature, again);
        Assert.True(rsa.VerifyData(data, again, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
    }
}
