namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-05: "After removal, the key, the vault and the policy's key permissions must stay for 30 days (database
/// restoration needs them)." Advisory: removing any of them sooner is allowed, and the compliance report raises it.
/// </summary>
[RuleHome(RuleId.EN05)]
public static class En05KeyAccessAfterRemoval
{
    /// <summary>How long after an environment leaves its policy its former key, vault and permissions must stay.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);
}
