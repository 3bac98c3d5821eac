namespace CmkSim.Domain.Vaults;

/// <summary>Key Vault's answer, as its REST status codes name it.</summary>
public enum KeyVaultStatus
{
    Ok = 200,
    BadRequest = 400,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,

    /// <summary>Over a service limit (see <c>Throttling.KeyVaultServiceLimits</c>): retry after the Retry-After.</summary>
    TooManyRequests = 429,
}
