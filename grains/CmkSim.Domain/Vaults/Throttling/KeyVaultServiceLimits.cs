namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// Azure Key Vault's published service limits, in one place. Not a CMK rule: the numbers are Key Vault's "service
/// limits" page (transactions per 10 seconds per vault per region): HSM-protected RSA-2048 2,000, RSA-3072 500,
/// RSA-4096 250 for every operation but create, 10 for create; software-protected keys twice those; a subscription
/// answers at most 5 times a vault's limit across all its vaults. Over a limit Key Vault answers 429 with Retry-After,
/// and the rejected call does not count.
/// </summary>
public static class KeyVaultServiceLimits
{
    /// <summary>The window every limit is counted over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public const int HsmRsa2048 = 2_000;
    public const int HsmRsa3072 = 500;
    public const int HsmRsa4096 = 250;
    public const int HsmCreate = 10;

    /// <summary>Software-protected keys get twice an HSM-protected key's limit.</summary>
    public const int SoftwareFactor = 2;

    /// <summary>A subscription's ceiling, in multiples of one vault's limit for the same kind of transaction.</summary>
    public const int SubscriptionMultiplier = 5;

    /// <summary>Whether the key type is HSM-protected (RSA-HSM, EC-HSM, oct-HSM).</summary>
    public static bool HsmProtected(KeyType type) => type is KeyType.RsaHsm or KeyType.EcHsm or KeyType.OctHsm;
}
