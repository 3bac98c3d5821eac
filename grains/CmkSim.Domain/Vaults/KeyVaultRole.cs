namespace CmkSim.Domain.Vaults;

/// <summary>Azure RBAC roles on a vault that matter to CMK.</summary>
public enum KeyVaultRole
{
    Reader,
    KeyVaultAdministrator,
    KeyVaultCryptoOfficer,
    KeyVaultCryptoServiceEncryptionUser,
    ManagedHsmCryptoUser,
}
