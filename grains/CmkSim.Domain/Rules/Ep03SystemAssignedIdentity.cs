namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-03: "Creating the policy creates a system-assigned managed identity, the principal that is granted key
/// access." Consequence: the policy's identity is the principal a key vault admin grants (or revokes) the Key Vault
/// Crypto Service Encryption User role or the access-policy permissions to; every environment on the policy unwraps
/// its data keys as it (see <see cref="Kv06KeyPermissions"/>). Journaled as <c>PolicyCreated</c>.
/// </summary>
[RuleHome(RuleId.EP03)]
public static class Ep03SystemAssignedIdentity
{
    /// <summary>What every policy identity's name ends with: no tenant user may be called so.</summary>
    public const string IdentitySuffix = "-identity";

    /// <summary>The name of the identity a policy's creation creates (its principal in the vault's role assignments).</summary>
    public static string IdentityOf(string policy) => policy + IdentitySuffix;

    /// <summary>Whether <paramref name="principal"/> has a policy identity's name (ignoring case, as Entra compares names).</summary>
    public static bool IsIdentityName(string principal) => principal.EndsWith(IdentitySuffix, StringComparison.OrdinalIgnoreCase);
}
