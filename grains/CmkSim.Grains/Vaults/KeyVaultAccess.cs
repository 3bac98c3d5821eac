using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// The facts the vault's access guards read from its state: who holds which role. The rules themselves live in
/// their homes: <see cref="Kv06KeyPermissions"/> (wrap and unwrap for CMK) and <see cref="Kv03ManagedHsmCryptoUser"/>
/// (creating keys in a Managed HSM).
/// </summary>
internal static class KeyVaultAccess
{
    /// <summary>The Azure RBAC (or Managed HSM local RBAC) roles <paramref name="principal"/> holds on the vault.</summary>
    public static IEnumerable<KeyVaultRole> RolesOf(KeyVaultState state, string principal) =>
        state.Roles.Where(r => r.Principal == principal).Select(r => r.Role);
}
