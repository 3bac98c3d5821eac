using CmkSim.Domain.Vaults;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-03: "Creating a key in a Managed HSM needs the Managed HSM Crypto User role (local RBAC, scope all keys)."
/// </summary>
[RuleHome(RuleId.KV03)]
public static class Kv03ManagedHsmCryptoUser
{
    /// <summary>The role the rule names.</summary>
    public const KeyVaultRole Role = KeyVaultRole.ManagedHsmCryptoUser;

    /// <param name="actorRoles">The roles <paramref name="actor"/> holds on the vault.</param>
    [Enforces(RuleId.KV03)]
    public static Decision? Refusal(string actor, bool managedHsm, IEnumerable<KeyVaultRole> actorRoles) =>
        !managedHsm || actorRoles.Contains(Role)
            ? null
            : Decision.Refuse(RuleId.KV03, $"'{actor}' needs the Managed HSM Crypto User role to create keys");
}
