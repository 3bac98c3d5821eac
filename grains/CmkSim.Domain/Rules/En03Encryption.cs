namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-03: "Adding an environment to a policy disables it while it is encrypted; encryption takes up to four days;
/// the environment may be enabled before it completes; it can fail, and then data stays on the Microsoft-managed key
/// and the operation can be run again." Returning an environment to the Microsoft-managed key (EN-04) is modelled with
/// the same bound.
/// </summary>
[RuleHome(RuleId.EN03)]
public static class En03Encryption
{
    /// <summary>The longest an environment's encryption (or its return to the Microsoft-managed key) takes.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(4);

    /// <summary>Add environment runs again on the policy an environment is on only after its encryption failed.</summary>
    /// <param name="currentPolicy">The policy the environment is on, or null.</param>
    [Enforces(RuleId.EN03)]
    public static Decision? RunAgainRefusal(string? currentPolicy, string policyName, bool lastEncryptionFailed) =>
        currentPolicy == policyName && !lastEncryptionFailed
            ? Decision.Refuse(RuleId.EN03, $"already encrypted with policy '{policyName}': Add environment runs again only after a failed encryption")
            : null;
}
