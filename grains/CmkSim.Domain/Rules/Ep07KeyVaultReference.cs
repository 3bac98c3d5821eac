using CmkSim.Domain.Preflight;

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

    /// <summary>
    /// ValidateKeyVaultForCMK (the script EP-07 comes from): refused at the first check that fails, citing that
    /// check's rule (KV-01, KV-06, KV-07, EP-01, EN-02 or EP-07 itself), as the script stops there.
    /// </summary>
    [Enforces(RuleId.EP07)]
    public static Decision? ValidationRefusal(IReadOnlyList<PreflightCheck> checks)
    {
        var failed = checks.Select((c, i) => (Check: c, Number: i + 1)).FirstOrDefault(c => c.Check.Outcome == PreflightOutcome.Fail);
        return failed.Check is { } check
            ? Decision.Refuse(check.RuleId ?? RuleId.EP07, $"ValidateKeyVaultForCMK stops at check {failed.Number} of {checks.Count}, '{check.Name}': {check.Meaning}")
            : null;
    }
}
