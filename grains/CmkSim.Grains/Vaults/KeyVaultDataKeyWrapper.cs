using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// The data plane's key wrapper over a key vault grain, calling as one principal (an enterprise policy's identity).
/// The vault's 403 and 404 answers become the data plane's typed failures, so a revocation shows up as records that
/// really can't be decrypted; a 429 becomes <see cref="KeyVaultThrottledException"/>, for the caller to retry.
/// </summary>
public sealed class KeyVaultDataKeyWrapper(IKeyVaultGrain vault, string principal) : IDataKeyWrapper
{
    public async Task<WrapResult> WrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] key) =>
        Value(await vault.WrapKeyAsync(principal, keyId, algorithm, key), keyId);

    public async Task<UnwrapResult> UnwrapKeyAsync(KeyVersionId keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey) =>
        Value(await vault.UnwrapKeyAsync(principal, keyId, algorithm, encryptedKey), keyId);

    private T Value<T>(KeyVaultResult<T> result, KeyVersionId keyId) => result.Status switch
    {
        KeyVaultStatus.Ok => result.Value!,
        KeyVaultStatus.NotFound => throw new KeyVersionNotFoundException(keyId.Uri),
        KeyVaultStatus.Forbidden when result.RuleId == RuleId.KV07 => throw new KeyVersionDisabledException(keyId.Uri),
        KeyVaultStatus.Forbidden => throw new KeyAccessDeniedException(keyId.Uri, principal, result.Message),
        KeyVaultStatus.TooManyRequests => throw new KeyVaultThrottledException(keyId, result.RetryAfter ?? TimeSpan.FromSeconds(1), result.Message),
        _ => throw new InvalidOperationException($"{(int)result.Status}: {result.Message}"),
    };
}
