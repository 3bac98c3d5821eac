namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule LK-03: "Unlocking needs all permissions on the *original* key restored; then each environment is re-enabled on
/// its own (up to about 5 minutes each), by an admin with read access to the policy."
/// </summary>
[RuleHome(RuleId.LK03)]
public static class Lk03ReEnable
{
    /// <summary>The longest one environment takes to re-enable once its key answers again.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);
}
