namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// Which limit a transaction counts against: its key's protection (HSM or software), its RSA size, and whether it
/// creates a key. Each class has its own count in a window, as Key Vault's table lists one limit per row.
/// </summary>
public sealed record ThrottleClass(bool HsmProtected, int Size, bool Create)
{
    public static ThrottleClass Of(KeyType type, int size, bool create = false) =>
        new(KeyVaultServiceLimits.HsmProtected(type), size, create);

    /// <summary>e.g. <c>RSA-HSM-2048</c>, <c>RSA-4096</c>, <c>RSA-HSM create</c>: how reports name the row.</summary>
    public string Name => Create
        ? $"RSA{(HsmProtected ? "-HSM" : "")} create"
        : $"RSA{(HsmProtected ? "-HSM" : "")}-{Size}";

    public override string ToString() => Name;
}
