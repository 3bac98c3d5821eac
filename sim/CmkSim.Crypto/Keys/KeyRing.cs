using System.Collections.Concurrent;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Keys;

/// <summary>
/// Keys and versions of one vault, each version a real key pair in an HSM token, each enabled or disabled.
/// The smoke run and the benchmark use it directly; the simulation's key-vault grains add permissions on top.
/// </summary>
public sealed class KeyRing(HsmToken token, string vault) : IDataKeyWrapper
{
    private readonly ConcurrentDictionary<KeyVersionId, bool> _enabled = new();
    private readonly ConcurrentDictionary<string, int> _versionCounts = new(StringComparer.Ordinal);

    public HsmToken Token { get; } = token;

    public string Vault { get; } = vault;

    /// <summary>Creates a new version of key <paramref name="name"/> (the first version creates the key).</summary>
    public KeyVersionId CreateVersion(string name, int bits)
    {
        var n = _versionCounts.AddOrUpdate(name, 1, (_, c) => c + 1);
        var id = KeyVersionId.Derive(Vault, name, n);
        Token.GenerateRsaKeyPair(id.HsmKeyId, bits);
        _enabled[id] = true;
        return id;
    }

    public void SetEnabled(KeyVersionId id, bool enabled)
    {
        if (!_enabled.ContainsKey(id))
        {
            throw new KeyVersionNotFoundException(id.Uri);
        }

        _enabled[id] = enabled;
    }

    /// <summary>Deletes and purges the version: its key pair is destroyed in the HSM.</summary>
    public void Purge(KeyVersionId id)
    {
        if (!_enabled.TryRemove(id, out _))
        {
            throw new KeyVersionNotFoundException(id.Uri);
        }

        Token.DestroyKey(id.HsmKeyId);
    }

    public Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        EnsureUsable(keyId);
        return Task.FromResult(new WrapResult(keyId, algorithm, Token.Wrap(keyId.HsmKeyId, algorithm, key)));
    }

    public Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        EnsureUsable(keyId);
        try
        {
            return Task.FromResult(new UnwrapResult(keyId, algorithm, Token.Unwrap(keyId.HsmKeyId, algorithm, encryptedKey)));
        }
        catch (HsmException e) when (e.Error == HsmError.DecryptionFailed)
        {
            throw new WrongKeyException(keyId.Uri, e);
        }
    }

    private void EnsureUsable(KeyVersionId keyId)
    {
        if (!_enabled.TryGetValue(keyId, out var enabled))
        {
            throw new KeyVersionNotFoundException(keyId.Uri);
        }

        if (!enabled)
        {
            throw new KeyVersionDisabledException(keyId.Uri);
        }
    }
}
