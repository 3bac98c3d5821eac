using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using Orleans.Concurrency;

namespace CmkSim.Grains.Hsm;

/// <summary>
/// One token's keys: creates and destroys them, and answers for the token's statistics. Reentrant, and each PKCS#11
/// call runs on the thread pool, so calls overlap and use every core; the token's session pool bounds how many run at
/// once, and a call waiting for a session waits as a task, holding neither the grain's turn nor a thread. Its vault
/// wraps and unwraps through <see cref="HsmDataPlane"/> in its own process; the wraps here serve other callers.
/// </summary>
[Reentrant]
public sealed class HsmGrain(SoftHsm hsm) : Grain, IHsmGrain
{
    private HsmDataPlane? _dataPlane;

    private HsmDataPlane DataPlane => _dataPlane ??= new HsmDataPlane(hsm, this.GetPrimaryKeyString());

    private HsmToken Token => DataPlane.Token;

    private HsmStatistics Statistics => DataPlane.Statistics;

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

    public Task<byte[]> WrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] key) => DataPlane.WrapAsync(keyId, algorithm, key);

    public Task<byte[]> UnwrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey) => DataPlane.UnwrapAsync(keyId, algorithm, encryptedKey);
}
