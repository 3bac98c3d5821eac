using System.Security.Cryptography;
using CmkSim.Contracts.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>One environment's plaintext data key, held for a lifetime measured on the simulation's clock.</summary>
internal sealed class DataKeyCache(DataKeyCacheOptions options, TimeProvider time)
{
    private byte[]? _key;
    private KeyVersionId? _wrappedBy;
    private DateTimeOffset _expires;

    public byte[]? TryGet(KeyVersionId wrappedBy)
    {
        if (_key is not null && _wrappedBy == wrappedBy && time.GetUtcNow() < _expires)
        {
            return _key;
        }

        Evict();
        return null;
    }

    public void Put(KeyVersionId wrappedBy, byte[] key)
    {
        // Copy before evicting: the caller may hand back the very array this cache holds.
        var copy = key.ToArray();
        Evict();
        if (options.Lifetime <= TimeSpan.Zero)
        {
            CryptographicOperations.ZeroMemory(copy);
            return;
        }

        _key = copy;
        _wrappedBy = wrappedBy;
        _expires = time.GetUtcNow() + options.Lifetime;
    }

    public void Evict()
    {
        if (_key is not null)
        {
            CryptographicOperations.ZeroMemory(_key);
        }

        _key = null;
        _wrappedBy = null;
    }
}
