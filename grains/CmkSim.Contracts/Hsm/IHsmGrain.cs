using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;

namespace CmkSim.Contracts.Hsm;

/// <summary>
/// One HSM token (a key vault's HSM-backed key store, a Managed HSM, or the Microsoft-managed key store),
/// keyed by token label. The only door to PKCS#11: no other grain touches the HSM.
/// </summary>
public interface IHsmGrain : IGrainWithStringKey
{
    /// <summary>Generates an RSA key pair; returns the SHA-256 fingerprint of its public key.</summary>
    Task<string> CreateRsaKeyAsync(string keyId, int bits);

    Task<bool> ContainsKeyAsync(string keyId);

    Task DestroyKeyAsync(string keyId);

    Task<byte[]> WrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] key);

    Task<byte[]> UnwrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey);

    /// <summary>Operations this token has served since its grain was activated (for the HSM-load plot).</summary>
    Task<long> GetOperationCountAsync();

    Task<HsmLatencies> GetLatenciesAsync();
}
