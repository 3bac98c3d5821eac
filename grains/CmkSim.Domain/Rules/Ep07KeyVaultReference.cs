namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-07: "The policy's keyVault.id must be the vault's resource ID, its kind Encryption and its identity
/// SystemAssigned; the identity (its principal ID) is what gets the key permissions."
/// </summary>
[RuleHome(RuleId.EP07)]
public static class Ep07KeyVaultReference
{
    /// <summary>Add environment: the vault the policy names must exist.</summary>
    [Enforces(RuleId.EP07)]
    public static Decision? VaultRefusal(string vault, bool vaultExists) => vaultExists
        ? null
        : Decision.Refuse(RuleId.EP07, $"the policy's keyVault.id names vault '{vault}', which does not exist");
}
