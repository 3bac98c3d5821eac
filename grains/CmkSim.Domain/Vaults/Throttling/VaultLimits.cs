namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// One vault's limits for HSM-protected keys, transactions per 10 s (software-protected keys get
/// <see cref="KeyVaultServiceLimits.SoftwareFactor"/> times these). A scenario may lower them so a small run bites.
/// </summary>
public sealed record VaultLimits(
    int Rsa2048 = KeyVaultServiceLimits.HsmRsa2048,
    int Rsa3072 = KeyVaultServiceLimits.HsmRsa3072,
    int Rsa4096 = KeyVaultServiceLimits.HsmRsa4096,
    int Create = KeyVaultServiceLimits.HsmCreate)
{
    public static readonly VaultLimits Published = new();

    /// <summary>The vault's limit for one class of transaction; sizes between the table's rows take the next larger row's.</summary>
    public int For(ThrottleClass c)
    {
        var hsm = c.Create ? Create : c.Size <= 2048 ? Rsa2048 : c.Size <= 3072 ? Rsa3072 : Rsa4096;
        return c.HsmProtected ? hsm : hsm * KeyVaultServiceLimits.SoftwareFactor;
    }
}
