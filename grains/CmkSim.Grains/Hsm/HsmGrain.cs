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
    private readonly HsmLatencyRecorder _wraps = new();
    private readonly HsmLatencyRecorder _unwraps = new();
    private long _operations;
    private HsmToken? _token;

    // Looked up once per activation: the module's token table is behind a lock every wrap and unwrap contended for.
    private HsmToken Token => _token ??= hsm.Token(this.GetPrimaryKeyString());

    public Task<long> GetOperationCountAsync() => Task.FromResult(Interlocked.Read(ref _operations));

    public Task<HsmLatencies> GetLatenciesAsync() => Task.FromResult(new HsmLatencies(_wraps.Samples, _unwraps.Samples, _wraps.Count, _unwraps.Count));

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
        Interlocked.Increment(ref _operations);
        var token = Token;
        return _wraps.MeasureAsync(() => token.WrapAsync(keyId, algorithm, key));
    }

    public Task<byte[]> UnwrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        Interlocked.Increment(ref _operations);
        var token = Token;
        return _unwraps.MeasureAsync(() => token.UnwrapAsync(keyId, algorithm, encryptedKey));
    }
}
