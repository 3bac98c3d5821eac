using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;

namespace CmkSim.Cli.Smoke;

/// <summary>Wrap and unwrap through an <see cref="IHsmGrain"/>, so the smoke run's records go through the silo.</summary>
internal sealed class HsmGrainKeyWrapper(IHsmGrain hsm) : IDataKeyWrapper
{
    public async Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key) =>
        new(keyId, algorithm, await hsm.WrapAsync(keyId.HsmKeyId, algorithm, key));

    public async Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey) =>
        new(keyId, algorithm, await hsm.UnwrapAsync(keyId.HsmKeyId, algorithm, encryptedKey));
}
