using System.Text;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Keys;
using CmkSim.Domain.Data;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Envelope;

/// <summary>
/// A data key the store has just drawn is in hand: with caching on it stays cached (same lifetime, keyed by the
/// version that wraps it), so the writes and reads that follow cost no unwrap; a re-wrap drops it. Real SoftHSM2 keys;
/// the wrapper only counts the calls it passes on.
/// </summary>
public sealed class FreshDataKeyCacheTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DataKeyCacheOptions OneMinute = new(TimeSpan.FromMinutes(1));
    private readonly ManualClock _clock = new(Epoch);

    [Fact]
    public async Task A_create_then_writes_and_reads_cost_no_unwrap()
    {
        var (ring, v1) = Ring("fresh-create");
        var (store, wrapper) = NewStore("env-fresh-create", ring, OneMinute);

        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());
        await store.WriteAsync("r2", "other"u8.ToArray());

        Assert.Equal("secret", Encoding.UTF8.GetString(await store.ReadAsync("r1")));
        Assert.Equal((1, 0), (wrapper.Wraps, wrapper.Unwraps));
    }

    [Fact]
    public async Task A_rewrap_drops_the_cached_key_so_the_next_read_unwraps_under_the_new_version()
    {
        var (ring, v1) = Ring("fresh-rewrap");
        var v2 = ring.CreateVersion("cmk", 2048);
        var (store, wrapper) = NewStore("env-fresh-rewrap", ring, OneMinute);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());
        var before = wrapper.Unwraps;

        await store.RewrapAsync(v2, KeyWrapAlgorithm.RsaOaep);
        var read = await store.ReadAsync("r1");
        await store.ProbeAsync();

        Assert.Equal("secret"u8.ToArray(), read);
        Assert.Equal(v2, store.WrappedBy);
        // The re-wrap unwraps under v1 (EN-08: v1 must still answer); the read unwraps once under v2, the probe none.
        Assert.Equal(2, wrapper.Unwraps - before);
    }

    [Fact]
    public async Task A_rewrap_still_unwraps_with_the_version_wrapping_the_key_even_when_it_is_cached()
    {
        var (ring, v1) = Ring("fresh-rewrap-disabled");
        var v2 = ring.CreateVersion("cmk", 2048);
        var (store, _) = NewStore("env-fresh-rewrap-disabled", ring, OneMinute);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);

        ring.SetEnabled(v1, false);

        await Assert.ThrowsAsync<KeyVersionDisabledException>(() => store.RewrapAsync(v2, KeyWrapAlgorithm.RsaOaep));
        Assert.Equal(v1, store.WrappedBy);
    }

    [Fact]
    public async Task After_the_lifetime_a_fresh_key_costs_one_unwrap_and_then_none()
    {
        var (ring, v1) = Ring("fresh-expiry");
        var (store, wrapper) = NewStore("env-fresh-expiry", ring, OneMinute);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());

        _clock.Advance(TimeSpan.FromSeconds(59));
        await store.ReadAsync("r1");
        Assert.Equal(0, wrapper.Unwraps);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await store.ReadAsync("r1");
        await store.ReadAsync("r1");
        Assert.Equal(1, wrapper.Unwraps);
    }

    [Fact]
    public async Task An_eviction_after_a_fresh_key_makes_a_revocation_bite_on_the_next_read()
    {
        var (ring, v1) = Ring("fresh-evict");
        var (store, wrapper) = NewStore("env-fresh-evict", ring, OneMinute);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());

        ring.SetEnabled(v1, false);
        store.EvictCachedKey(); // what a lock does

        await Assert.ThrowsAsync<KeyVersionDisabledException>(() => store.ReadAsync("r1"));
        Assert.Equal(1, wrapper.Unwraps);
    }

    [Fact]
    public async Task Without_a_cache_a_fresh_key_is_not_kept()
    {
        var (ring, v1) = Ring("fresh-none");
        var v2 = ring.CreateVersion("cmk", 2048);
        var (store, wrapper) = NewStore("env-fresh-none", ring, DataKeyCacheOptions.None);

        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());
        await store.RewrapAsync(v2, KeyWrapAlgorithm.RsaOaep);
        await store.ReadAsync("r1");

        Assert.Equal(3, wrapper.Unwraps); // the write, the re-wrap and the read each unwrap
    }

    private (KeyRing Ring, KeyVersionId V1) Ring(string vault)
    {
        var ring = new KeyRing(fixture.Hsm.Token(HsmTokenLabels.Customer), $"test-{vault}");
        return (ring, ring.CreateVersion("cmk", 2048));
    }

    private (EncryptedRecordStore Store, CountingWrapper Wrapper) NewStore(string environment, KeyRing ring, DataKeyCacheOptions cache)
    {
        var wrapper = new CountingWrapper(ring);
        return (new EncryptedRecordStore(environment, new EncryptedRecordStoreState(), wrapper, cache, _clock), wrapper);
    }

    /// <summary>Passes every call on to the real key ring and counts it.</summary>
    private sealed class CountingWrapper(IDataKeyWrapper inner) : IDataKeyWrapper
    {
        public int Wraps { get; private set; }

        public int Unwraps { get; private set; }

        public Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key)
        {
            Wraps++;
            return inner.WrapKeyAsync(keyId, algorithm, key);
        }

        public Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
        {
            Unwraps++;
            return inner.UnwrapKeyAsync(keyId, algorithm, encryptedKey);
        }
    }
}
