using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Hsm;

/// <summary>
/// The token caches each key pair's object handles so a wrap or unwrap does no search. A destroyed key must never be
/// served from that cache: not after our own purge, and not after the objects were destroyed behind the layer's back.
/// </summary>
public sealed class HsmHandleCacheTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private readonly HsmToken _token = fixture.Hsm.Token("test-handle-cache");

    [Fact]
    public async Task A_purged_key_is_not_served_from_the_handle_cache()
    {
        const string keyId = "cache/purged";
        var dek = RandomNumberGenerator.GetBytes(32);
        _token.GenerateRsaKeyPair(keyId, 2048);
        var wrapped = await _token.WrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, dek); // handles cached now
        Assert.Equal(dek, await _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, wrapped));

        _token.DestroyKey(keyId);

        Assert.False(_token.ContainsKey(keyId));
        Assert.Equal(HsmError.KeyNotFound, Assert.Throws<HsmException>(() => _token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, wrapped)).Error);
        Assert.Equal(HsmError.KeyNotFound,
            (await Assert.ThrowsAsync<HsmException>(() => _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, wrapped))).Error);
        Assert.Equal(HsmError.KeyNotFound,
            (await Assert.ThrowsAsync<HsmException>(() => _token.WrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, dek))).Error);
    }

    [Fact]
    public async Task A_key_destroyed_behind_the_layer_is_reported_not_found_and_its_id_can_be_used_again()
    {
        const string keyId = "cache/destroyed-outside";
        var dek = RandomNumberGenerator.GetBytes(32);
        _token.GenerateRsaKeyPair(keyId, 2048);
        var wrapped = _token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);
        var stalePrivate = _token.PrivateKeyHandle(keyId);
        using (var raw = _token.OpenRawSession())
        {
            raw.DestroyObject(_token.PrivateKeyHandle(keyId));
            raw.DestroyObject(_token.PublicKeyHandle(keyId));
        }

        // The cached handles name nothing now: the call fails as "not found" and the cache forgets them.
        Assert.Equal(HsmError.KeyNotFound,
            (await Assert.ThrowsAsync<HsmException>(() => _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, wrapped))).Error);
        Assert.False(_token.ContainsKey(keyId));
        Assert.Equal(HsmError.KeyNotFound, Assert.Throws<HsmException>(() => _token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek)).Error);

        // A new key under the same id gets new handles; the old wrapped key is not its data.
        _token.GenerateRsaKeyPair(keyId, 2048);
        Assert.NotEqual(stalePrivate.ObjectId, _token.PrivateKeyHandle(keyId).ObjectId);
        Assert.Equal(dek, await _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, await _token.WrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, dek)));
        Assert.Equal(HsmError.DecryptionFailed,
            (await Assert.ThrowsAsync<HsmException>(() => _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, wrapped))).Error);
    }

    [Fact]
    public async Task Many_concurrent_callers_share_a_pool_of_at_most_the_configured_sessions()
    {
        const string keyId = "cache/pool";
        var dek = RandomNumberGenerator.GetBytes(32);
        _token.GenerateRsaKeyPair(keyId, 2048);
        var wrapped = _token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);

        // Three times as many callers as sessions, a key generation (which needs the token alone) among them.
        var callers = Enumerable.Range(0, 3 * fixture.Hsm.Options.MaxSessionsPerToken)
            .Select(i => i % 2 == 0
                ? _token.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, wrapped)
                : _token.WrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, dek).ContinueWith(t => _token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, t.Result), TaskScheduler.Default))
            .ToList();
        var generation = Task.Run(() => _token.GenerateRsaKeyPair("cache/pool-generated", 2048));

        var results = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromMinutes(2));
        await generation.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(results, r => Assert.Equal(dek, r));
        Assert.InRange(_token.SessionsOpened, 1, fixture.Hsm.Options.MaxSessionsPerToken);
        Assert.True(_token.ContainsKey("cache/pool-generated"));
    }
}
