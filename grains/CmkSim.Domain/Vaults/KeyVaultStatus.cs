namespace CmkSim.Domain.Vaults;

/// <summary>Key Vault's answer, as its REST status codes name it.</summary>
public enum KeyVaultStatus
{
    Ok = 200,
    BadRequest = 400,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
}
