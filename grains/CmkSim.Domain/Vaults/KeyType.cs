namespace CmkSim.Domain.Vaults;

/// <summary>Key Vault key types; CMK takes RSA and RSA-HSM only (rule KV-02).</summary>
public enum KeyType
{
    Rsa,
    RsaHsm,
    Ec,
    EcHsm,
    Oct,
    OctHsm,
}
