using System.Security.Cryptography;
using System.Text;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Keys;
using CmkSim.Domain.Data;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Envelope;

public sealed class EncryptedRecordStoreTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Epoch);

    [Fact]
    public async Task Ten_thousand_records_survive_a_rewrap_and_are_not_reencrypted()
    {
        var ring = Ring("rewrap");
        var v1 = ring.CreateVersion("cmk", 2048);
        var v2 = ring.CreateVersion("cmk", 2048);
        var (store, state) = NewStore("env-rewrap", ring, DataKeyCacheOptions.Default);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        for (var i = 0; i < 10_000; i++)
        {
            await store.WriteAsync($"r{i}", Encoding.UTF8.GetBytes($"payload {i}"));
        }

        var before = state.Records.ToDictionary(r => r.Key, r => r.Value);
        var wrapBefore = state.DataKey!.EncryptedKey;

        await store.RewrapAsync(v2, KeyWrapAlgorithm.RsaOaep);
        store.EvictCachedKey();
        ring.SetEnabled(v1, false);

        Assert.Equal(v2, state.DataKey!.WrappedBy);
        Assert.NotEqual(wrapBefore, state.DataKey.EncryptedKey);
        Assert.All(state.Records, r => Assert.Same(before[r.Key], r.Value));
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal($"payload {i}", Encoding.UTF8.GetString(await store.ReadAsync($"r{i}")));
        }
    }

    [Fact]
    public async Task The_data_key_exists_at_rest_only_wrapped()
    {
        var ring = Ring("at-rest");
        var v1 = ring.CreateVersion("cmk", 2048);
        var (store, state) = NewStore("env-at-rest", ring, DataKeyCacheOptions.None);

        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);

        Assert.Equal(v1, state.DataKey!.WrappedBy);
        Assert.Equal(256, state.DataKey.EncryptedKey.Length);
    }

    [Fact]
    public async Task A_tampered_ciphertext_fails_as_tampered()
    {
        var (store, state) = await StoreWithOneRecord("tamper-ct");
        var record = state.Records["r1"];
        var altered = record.Ciphertext.ToArray();
        altered[0] ^= 1;
        state.Records["r1"] = record with { Ciphertext = altered };

        await Assert.ThrowsAsync<RecordTamperedException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task A_tampered_tag_fails_as_tampered()
    {
        var (store, state) = await StoreWithOneRecord("tamper-tag");
        var record = state.Records["r1"];
        var altered = record.Tag.ToArray();
        altered[^1] ^= 0x80;
        state.Records["r1"] = record with { Tag = altered };

        await Assert.ThrowsAsync<RecordTamperedException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task A_record_moved_to_another_id_fails_its_associated_data_check()
    {
        var (store, state) = await StoreWithOneRecord("tamper-aad");
        state.Records["r2"] = state.Records["r1"];

        await Assert.ThrowsAsync<RecordTamperedException>(() => store.ReadAsync("r2"));
    }

    [Fact]
    public async Task A_record_copied_to_another_environment_on_the_same_key_fails_its_associated_data_check()
    {
        var ring = Ring("tamper-env");
        var v1 = ring.CreateVersion("cmk", 2048);
        var (source, sourceState) = NewStore("env-a", ring, DataKeyCacheOptions.None);
        await source.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await source.WriteAsync("r1", "secret"u8.ToArray());
        var stolen = new EncryptedRecordStoreState { DataKey = sourceState.DataKey };
        stolen.Records["r1"] = sourceState.Records["r1"];
        var other = new EncryptedRecordStore("env-b", stolen, ring, DataKeyCacheOptions.None, _clock);

        await Assert.ThrowsAsync<RecordTamperedException>(() => other.ReadAsync("r1"));
    }

    [Fact]
    public async Task A_data_key_unwrapped_with_the_wrong_key_fails_as_wrong_key()
    {
        var ring = Ring("wrong-key");
        var right = ring.CreateVersion("right", 2048);
        var wrong = ring.CreateVersion("wrong", 2048);
        var (store, state) = NewStore("env-wrong", ring, DataKeyCacheOptions.None);
        await store.CreateDataKeyAsync(right, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());
        state.DataKey = state.DataKey! with { WrappedBy = wrong };

        await Assert.ThrowsAsync<WrongKeyException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task A_disabled_key_version_fails_as_disabled_once_the_cache_has_expired()
    {
        var ring = Ring("disabled");
        var v1 = ring.CreateVersion("cmk", 2048);
        var (store, _) = NewStore("env-disabled", ring, new DataKeyCacheOptions(TimeSpan.FromMinutes(5)));
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());

        ring.SetEnabled(v1, false);
        var stillCached = await store.ReadAsync("r1");
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("secret"u8.ToArray(), stillCached);
        await Assert.ThrowsAsync<KeyVersionDisabledException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task Without_a_cache_a_revocation_bites_on_the_next_read()
    {
        var ring = Ring("no-cache");
        var v1 = ring.CreateVersion("cmk", 2048);
        var (store, _) = NewStore("env-no-cache", ring, DataKeyCacheOptions.None);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());

        ring.SetEnabled(v1, false);

        await Assert.ThrowsAsync<KeyVersionDisabledException>(() => store.ReadAsync("r1"));
    }

    [Fact]
    public async Task A_purged_key_version_fails_as_not_found()
    {
        var ring = Ring("purged");
        var v1 = ring.CreateVersion("cmk", 2048);
        var (store, _) = NewStore("env-purged", ring, DataKeyCacheOptions.None);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());

        ring.Purge(v1);

        await Assert.ThrowsAsync<KeyVersionNotFoundException>(() => store.ReadAsync("r1"));
        Assert.False(ring.Token.ContainsKey(v1.HsmKeyId));
    }

    [Fact]
    public async Task Each_record_gets_its_own_nonce()
    {
        var (store, state) = await StoreWithOneRecord("nonces");
        for (var i = 2; i <= 100; i++)
        {
            await store.WriteAsync($"r{i}", RandomNumberGenerator.GetBytes(16));
        }

        Assert.Equal(100, state.Records.Values.Select(r => Convert.ToHexString(r.Nonce)).Distinct().Count());
    }

    private KeyRing Ring(string vault) => new(fixture.Hsm.Token(HsmTokenLabels.Customer), $"test-{vault}");

    private (EncryptedRecordStore Store, EncryptedRecordStoreState State) NewStore(string environment, KeyRing ring, DataKeyCacheOptions cache)
    {
        var state = new EncryptedRecordStoreState();
        return (new EncryptedRecordStore(environment, state, ring, cache, _clock), state);
    }

    private async Task<(EncryptedRecordStore Store, EncryptedRecordStoreState State)> StoreWithOneRecord(string vault)
    {
        var ring = Ring(vault);
        var v1 = ring.CreateVersion("cmk", 2048);
        var (store, state) = NewStore($"env-{vault}", ring, DataKeyCacheOptions.None);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        await store.WriteAsync("r1", "secret"u8.ToArray());
        return (store, state);
    }
}
