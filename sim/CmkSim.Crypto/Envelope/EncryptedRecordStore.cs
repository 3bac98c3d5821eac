using System.Security.Cryptography;
using System.Text;
using CmkSim.Domain.Data;
using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// An environment's records, AES-256-GCM encrypted under one data key that exists at rest only wrapped by a key
/// version (envelope encryption). Not thread-safe: its owner (an environment grain) serialises calls.
/// </summary>
public sealed class EncryptedRecordStore
{
    public const int DataKeyBytes = 32;
    private const int NonceBytes = 12;

    private readonly EncryptedRecordStoreState _state;
    private readonly IDataKeyWrapper _wrapper;
    private readonly DataKeyCache _cache;

    public EncryptedRecordStore(string environmentId, EncryptedRecordStoreState state, IDataKeyWrapper wrapper,
        DataKeyCacheOptions cache, TimeProvider time)
    {
        EnvironmentId = environmentId;
        _state = state;
        _wrapper = wrapper;
        _cache = new DataKeyCache(cache, time);
    }

    public string EnvironmentId { get; }

    public bool HasDataKey => _state.DataKey is not null;

    /// <summary>The key version whose wrap of the data key is at rest now.</summary>
    public KeyVersionId? WrappedBy => _state.DataKey?.WrappedBy;

    public int Count => _state.Records.Count;

    public IEnumerable<string> RecordIds => _state.Records.Keys;

    /// <summary>
    /// Draws a fresh data key, wraps it under <paramref name="keyId"/> and keeps only the wrap at rest. When caching
    /// is on, the plaintext in hand stays cached (as if just unwrapped): the writes that follow need no unwrap.
    /// </summary>
    public async Task CreateDataKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm)
    {
        if (_state.DataKey is not null)
        {
            throw new InvalidOperationException($"Environment '{EnvironmentId}' already has a data key; re-wrap it instead.");
        }

        // Key material comes from the OS CSPRNG, never from the simulation's seeded streams.
        var key = RandomNumberGenerator.GetBytes(DataKeyBytes);
        try
        {
            var wrapped = await _wrapper.WrapKeyAsync(keyId, algorithm, key);
            _state.DataKey = new WrappedDataKey(wrapped.KeyId, wrapped.Algorithm, wrapped.EncryptedKey);
            _cache.Keep(wrapped.KeyId, key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>
    /// Re-wraps the data key under another key version. Records are not touched: only the wrap changes. It always
    /// unwraps with the version wrapping it now (that version must still answer: EN-08), never from the cache, and
    /// then drops any cached cipher: a roll-out touches every environment, and a cipher kept by each of their stores
    /// until their next read would cost memory at 100,000 environments for reads that come days later.
    /// </summary>
    public async Task RewrapAsync(KeyVersionId newKeyId, KeyWrapAlgorithm algorithm)
    {
        var dataKey = CurrentDataKey();
        var key = (await _wrapper.UnwrapKeyAsync(dataKey.WrappedBy, dataKey.Algorithm, dataKey.EncryptedKey)).Key;
        try
        {
            var wrapped = await _wrapper.WrapKeyAsync(newKeyId, algorithm, key);
            _state.DataKey = new WrappedDataKey(wrapped.KeyId, wrapped.Algorithm, wrapped.EncryptedKey);
            _cache.Evict();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public async Task WriteAsync(string recordId, ReadOnlyMemory<byte> plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[DataKeyCache.TagBytes];
        await WithCipher(gcm => gcm.Encrypt(nonce, plaintext.Span, ciphertext, tag, AssociatedData(recordId)));
        RecordCipherCounts.Sealed(plaintext.Length);
        _state.Records[recordId] = new EncryptedRecord(nonce, ciphertext, tag);
    }

    public async Task<byte[]> ReadAsync(string recordId)
    {
        if (!_state.Records.TryGetValue(recordId, out var record))
        {
            throw new RecordNotFoundException(EnvironmentId, recordId);
        }

        var plaintext = new byte[record.Ciphertext.Length];
        try
        {
            await WithCipher(gcm => gcm.Decrypt(record.Nonce, record.Ciphertext, record.Tag, plaintext, AssociatedData(recordId)));
            RecordCipherCounts.Opened(plaintext.Length);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new RecordTamperedException(EnvironmentId, recordId, e);
        }

        return plaintext;
    }

    /// <summary>Unwraps the data key (through the cache) without reading a record: is the key still answering?</summary>
    public async Task ProbeAsync() => await WithCipher(_ => { });

    /// <summary>Drops the plaintext data key from memory (a revocation then bites on the next read).</summary>
    public void EvictCachedKey() => _cache.Evict();

    private WrappedDataKey CurrentDataKey() =>
        _state.DataKey ?? throw new InvalidOperationException($"Environment '{EnvironmentId}' has no data key yet.");

    private async ValueTask WithCipher(Action<AesGcm> use)
    {
        var dataKey = CurrentDataKey();
        if (_cache.TryGet(dataKey.WrappedBy) is { } cached)
        {
            use(cached);
            return;
        }

        var key = (await _wrapper.UnwrapKeyAsync(dataKey.WrappedBy, dataKey.Algorithm, dataKey.EncryptedKey)).Key;
        try
        {
            if (key.Length != DataKeyBytes)
            {
                throw new WrongKeyException(dataKey.WrappedBy.Uri);
            }

            var cipher = _cache.Put(dataKey.WrappedBy, key);
            use(cipher);
            if (!_cache.Enabled)
            {
                cipher.Dispose();
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    // Binds each ciphertext to its database and record, so a record moved elsewhere fails authentication.
    private byte[] AssociatedData(string recordId)
    {
        var database = _state.DatabaseId ?? EnvironmentId;
        return Encoding.UTF8.GetBytes($"cmksim/v1/{database.Length}:{database}/{recordId}");
    }
}
