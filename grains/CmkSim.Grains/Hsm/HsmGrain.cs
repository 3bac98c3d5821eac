using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using Orleans.Concurrency;

namespace CmkSim.Grains.Hsm;

/// <summary>
/// Owns one token's session pool. Reentrant, and each PKCS#11 call runs on the thread pool, so calls from many
/// environments overlap and use every core; the pool bounds how many run at once, and a call waiting for a session
/// waits as a task, holding neither the grain's turn nor a thread.
/// </summary>
[Reentrant]
public sealed class HsmGrain(SoftHsm hsm) : Grain, IHsmGrain
{
    private HsmToken? _token;
    private HsmStatistics? _statistics;

    // Looked up once per activation: the module's token table is behind a lock every wrap and unwrap contended for.
    private HsmToken Token => _token ??= hsm.Token(this.GetPrimaryKeyString());

    private HsmStatistics Statistics => _statistics ??= HsmStatistics.Of(hsm, this.GetPrimaryKeyString());

    public Task<long> GetOperationCountAsync() => Task.FromResult(Statistics.Operations);

    public Task<HsmLatencies> GetLatenciesAsync()
    {
        var (wraps, unwraps) = (Statistics.Wraps, Statistics.Unwraps);
        return Task.FromResult(new HsmLatencies(wraps.Samples, unwraps.Samples, wraps.Count, unwraps.Count));
    }

    public Task<string> CreateRsaKeyAsync(string keyId, int bits)
    {
        var token = Token;
        return Task.Run(() => token.GenerateRsaKeyPair(keyId, bits).Fingerprint());
    }

    public Task<bool> ContainsKeyAsync(string keyId)
    {
        var token = Token;
        return Task.Run(() => token.ContainsKey(keyId));
    }

    public Task DestroyKeyAsync(string keyId)
    {
        var token = Token;
        return Task.Run(() => token.DestroyKey(keyId));
    }

    public Task<byte[]> WrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        Statistics.Counted();
        var token = Token;
        return token.WrapAsync(keyId, algorithm, key, Statistics.Wraps);
    }

    public Task<byte[]> UnwrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        Statistics.Counted();
        var token = Token;
        return token.UnwrapAsync(keyId, algorithm, encryptedKey, Statistics.Unwraps);
    }
}
