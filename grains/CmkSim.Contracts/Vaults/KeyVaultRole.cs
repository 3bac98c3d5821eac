namespace CmkSim.Contracts.Vaults;

/// <summary>Azure RBAC roles on a vault that matter to CMK.</summary>
[GenerateSerializer]
public enum KeyVaultRole
{
    Reader,
    KeyVaultAdministrator,
    KeyVaultCryptoOfficer,
    KeyVaultCryptoServiceEncryptionUser,
    ManagedHsmCryptoUser,
}
