using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Memory;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Vaults;

namespace CmkSim.Grains.Environments;

/// <summary>
/// Wraps and unwraps an environment's data key at whichever vault the key version lives in: the platform's vaults
/// answer the Power Platform service, a customer vault answers the policy's identity (the principal now in force).
/// <paramref name="defersOnLatency"/>: whether the running work waits for a late HSM in simulated time (see KeyVaultDataKeyWrapper).
/// </summary>
internal sealed class EnvironmentKeyWrapper(IGrainFactory grains, Func<string> customerPrincipal, Func<bool>? defersOnLatency = null) : IDataKeyWrapper
{
    /// <remarks>The version comes back as the vault's copy; the data key keeps the one shared instance (<see cref="Shared"/>).</remarks>
    public async Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        var wrapped = await For(keyId).WrapKeyAsync(keyId, algorithm, key);
        return wrapped with { KeyId = Shared.Version(wrapped.KeyId) };
    }

    public Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey) =>
        For(keyId).UnwrapKeyAsync(keyId, algorithm, encryptedKey);

    private KeyVaultDataKeyWrapper For(KeyVersionId keyId) => new(
        grains.Reference<IKeyVaultGrain>(keyId.Vault),
        PlatformKeys.IsPlatformVault(keyId.Vault) ? PlatformKeys.Principal : customerPrincipal(), defersOnLatency);
}
