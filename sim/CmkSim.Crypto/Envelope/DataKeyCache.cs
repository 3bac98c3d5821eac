using System.Security.Cryptography;
using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// One environment's unwrapped data key, as a ready AES-GCM cipher, held for a lifetime measured on the
/// simulation's clock. Keeping the cipher (not only the bytes) spares a key expansion per record.
/// </summary>
internal sealed class DataKeyCache(DataKeyCacheOptions options, TimeProvider time)
{
    public const int TagBytes = 16;

    private AesGcm? _cipher;
    private KeyVersionId? _wrappedBy;
    private DateTimeOffset _expires;

    public bool Enabled => options.Lifetime > TimeSpan.Zero;

    public AesGcm? TryGet(KeyVersionId wrappedBy)
    {
        if (_cipher is not null && _wrappedBy == wrappedBy && time.GetUtcNow() < _expires)
        {
            return _cipher;
        }

        Evict();
        return null;
    }

    /// <summary>Caches a cipher over <paramref name="key"/> (when caching is on) and returns it; the caller zeroes the bytes.</summary>
    public AesGcm Put(KeyVersionId wrappedBy, byte[] key)
    {
        Evict();
        var cipher = new AesGcm(key, TagBytes);
        if (Enabled)
        {
            _cipher = cipher;
            _wrappedBy = wrappedBy;
            _expires = time.GetUtcNow() + options.Lifetime;
        }

        return cipher;
    }

    /// <summary>
    /// Keeps a cipher over a key the store has in hand anyway (it just drew or re-wrapped it), so the next read needs
    /// no unwrap; when caching is off, drops whatever was cached. The caller zeroes the bytes.
    /// </summary>
    public void Keep(KeyVersionId wrappedBy, byte[] key)
    {
        if (Enabled)
        {
            Put(wrappedBy, key);
            return;
        }

        Evict();
    }

    public void Evict()
    {
        _cipher?.Dispose();
        _cipher = null;
        _wrappedBy = null;
    }
}
