using CmkSim.Domain.Keys;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// Key Vault's wrapKey / unwrapKey as the data plane sees them. Implementations throw
/// <see cref="KeyVersionNotFoundException"/> (404), <see cref="KeyVersionDisabledException"/> (403),
/// <see cref="KeyAccessDeniedException"/> (403) or <see cref="WrongKeyException"/>.
/// </summary>
public interface IDataKeyWrapper
{
    Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key);

    Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey);
}
