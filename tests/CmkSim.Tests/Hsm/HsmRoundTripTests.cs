using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Hsm;

public sealed class HsmRoundTripTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private readonly HsmToken _token = fixture.Hsm.Token("test-roundtrip");

    [Theory]
    [InlineData(2048)]
    [InlineData(3072)]
    [InlineData(4096)]
    public void Wrap_then_unwrap_returns_the_data_key_at_every_key_size(int bits)
    {
        var keyId = $"roundtrip/{bits}";
        var publicKey = _token.GenerateRsaKeyPair(keyId, bits);
        var dek = RandomNumberGenerator.GetBytes(32);

        var wrapped = _token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);
        var unwrapped = _token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, wrapped);

        Assert.Equal(bits, publicKey.Bits);
        Assert.Equal(bits / 8, wrapped.Length);
        Assert.Equal(dek, unwrapped);
    }

    [Fact]
    public void A_wrap_made_in_the_HSM_is_real_RSA_OAEP_SHA1_that_managed_RSA_can_check()
    {
        var publicKey = _token.GenerateRsaKeyPair("roundtrip/interop", 2048);
        var dek = RandomNumberGenerator.GetBytes(32);
        using var rsa = publicKey.ToRsa();
        var wrappedOutside = rsa.Encrypt(dek, RSAEncryptionPadding.OaepSHA1);

        Assert.Equal(dek, _token.Unwrap("roundtrip/interop", KeyWrapAlgorithm.RsaOaep, wrappedOutside));
    }

    [Fact]
    public void RSA1_5_round_trips_too()
    {
        _token.GenerateRsaKeyPair("roundtrip/rsa15", 2048);
        var dek = RandomNumberGenerator.GetBytes(32);

        var wrapped = _token.Wrap("roundtrip/rsa15", KeyWrapAlgorithm.Rsa15, dek);

        Assert.Equal(dek, _token.Unwrap("roundtrip/rsa15", KeyWrapAlgorithm.Rsa15, wrapped));
    }

    [Fact]
    public async Task Two_hundred_concurrent_unwraps_from_many_tasks_are_all_correct()
    {
        _token.GenerateRsaKeyPair("roundtrip/concurrent", 2048);
        var keys = Enumerable.Range(0, 200).Select(_ => RandomNumberGenerator.GetBytes(32)).ToArray();
        var wrapped = keys.Select(k => _token.Wrap("roundtrip/concurrent", KeyWrapAlgorithm.RsaOaep, k)).ToArray();

        var results = await Task.WhenAll(wrapped.Select(w =>
            Task.Run(() => _token.Unwrap("roundtrip/concurrent", KeyWrapAlgorithm.RsaOaep, w))));

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(keys[i], results[i]);
        }
    }

    [Fact]
    public void Keys_are_found_again_by_CKA_ID_and_destroyed_for_good()
    {
        _token.GenerateRsaKeyPair("roundtrip/purge", 2048);
        Assert.Contains("roundtrip/purge", _token.ListKeyIds());

        _token.DestroyKey("roundtrip/purge");

        Assert.False(_token.ContainsKey("roundtrip/purge"));
        var e = Assert.Throws<HsmException>(() => _token.Unwrap("roundtrip/purge", KeyWrapAlgorithm.RsaOaep, new byte[256]));
        Assert.Equal(HsmError.KeyNotFound, e.Error);
    }

    [Fact]
    public void Customer_and_Microsoft_keys_live_on_separate_tokens()
    {
        var customer = fixture.Hsm.Token(CmkSim.Crypto.Keys.HsmTokenLabels.Customer);
        var microsoft = fixture.Hsm.Token(CmkSim.Crypto.Keys.HsmTokenLabels.Microsoft);
        customer.GenerateRsaKeyPair("separate/customer", 2048);

        Assert.NotEqual(customer.Slot.SlotId, microsoft.Slot.SlotId);
        Assert.False(microsoft.ContainsKey("separate/customer"));
    }
}
