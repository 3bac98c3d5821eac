using CmkSim.Domain.Environments;
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

    /// <summary>Only a locked environment is re-enabled.</summary>
    /// <param name="locked">Whether the environment is locked (the machine may fire its re-enable).</param>
    [Enforces(RuleId.LK03)]
    public static Decision? NotLockedRefusal(bool locked, EnvironmentStatus status) => locked
        ? null
        : Decision.Refuse(RuleId.LK03, $"environment is {status}, not locked: only a locked environment is re-enabled");

    /// <summary>"by an admin with read access to the policy".</summary>
    [Enforces(RuleId.LK03)]
    public static Decision? ReaderRefusal(string actor, string? policy, bool isReader) => isReader
        ? null
        : Decision.Refuse(RuleId.LK03, $"'{actor}' needs read access to policy '{policy}'");

    /// <summary>"Unlocking needs all permissions on the original key restored".</summary>
    /// <param name="keyFailure">What the original key answers when every resource's data key is unwrapped, or null when all answer.</param>
    [Enforces(RuleId.LK03)]
    public static Decision? KeyRefusal(string? keyFailure) => keyFailure is null
        ? null
        : Decision.Refuse(RuleId.LK03, $"the original key still refuses ({keyFailure}): restore every permission on the original key first");
}
