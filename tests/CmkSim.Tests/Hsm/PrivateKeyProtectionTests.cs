using CmkSim.Crypto.Hsm;
using CmkSim.Tests.Support;
using Net.Pkcs11Interop.Common;

namespace CmkSim.Tests.Hsm;

/// <summary>The private half of a customer key never leaves the HSM: not read, not exported, not wrapped.</summary>
public sealed class PrivateKeyProtectionTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private readonly HsmToken _token = fixture.Hsm.Token("test-protection");

    [Fact]
    public void Private_key_is_sensitive_and_not_extractable()
    {
        _token.GenerateRsaKeyPair("protect/attrs", 2048);
        using var session = _token.OpenRawSession();

        var flags = session.GetAttributeValue(_token.PrivateKeyHandle("protect/attrs"), [CKA.CKA_SENSITIVE, CKA.CKA_EXTRACTABLE]);

        Assert.True(flags[0].GetValueAsBool());
        Assert.False(flags[1].GetValueAsBool());
    }

    [Theory]
    [InlineData(CKA.CKA_PRIVATE_EXPONENT)]
    [InlineData(CKA.CKA_PRIME_1)]
    [InlineData(CKA.CKA_PRIME_2)]
    [InlineData(CKA.CKA_VALUE)]
    public void Reading_secret_attributes_is_refused(CKA attribute)
    {
        var keyId = $"protect/read-{attribute}";
        _token.GenerateRsaKeyPair(keyId, 2048);
        using var session = _token.OpenRawSession();

        var value = session.GetAttributeValue(_token.PrivateKeyHandle(keyId), [attribute])[0];

        Assert.True(value.CannotBeRead, $"{attribute} of a sensitive private key was readable");
    }

    [Fact]
    public void Wrapping_the_private_key_out_of_the_token_is_refused()
    {
        _token.GenerateRsaKeyPair("protect/wrap", 2048);
        using var session = _token.OpenRawSession();
        var f = _token.Factories;
        using var keyGen = f.MechanismFactory.Create(CKM.CKM_AES_KEY_GEN);
        using var template = new AttributeTemplate(
        [
            f.ObjectAttributeFactory.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY),
            f.ObjectAttributeFactory.Create(CKA.CKA_VALUE_LEN, 32ul),
            f.ObjectAttributeFactory.Create(CKA.CKA_WRAP, true),
            f.ObjectAttributeFactory.Create(CKA.CKA_TOKEN, false),
        ]);
        var wrappingKey = session.GenerateKey(keyGen, template.Attributes);
        using var wrap = f.MechanismFactory.Create(CKM.CKM_AES_KEY_WRAP_PAD);

        var e = Assert.Throws<Pkcs11Exception>(() => session.WrapKey(wrap, wrappingKey, _token.PrivateKeyHandle("protect/wrap")));

        Assert.Equal(CKR.CKR_KEY_UNEXTRACTABLE, e.RV);
    }
}
