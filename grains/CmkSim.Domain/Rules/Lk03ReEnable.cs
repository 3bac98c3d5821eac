using CmkSim.Domain.Journal;
using CmkSim.Domain.Compliance;
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

    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance ThrottledGuidance = new(
        "Re-enable stretched past about five minutes by Key Vault throttling",
        "After an unlock, environments stay disabled longer than the platform promises: their key calls met Key Vault's service limits (429) or a transient failure, and backed off.",
        "Spread the environments of one policy over more key vaults (limits are per vault and per subscription), or re-enable in smaller batches; watch the vault's 429s.");

    /// <summary>
    /// The finding: an environment re-enabled more than <see cref="MaxDuration"/> after it was asked to, with 429s on
    /// the way (<see cref="JournalEvent.Throttled"/>). Evidence: the request and the re-enable.
    /// </summary>
    [ChecksFinding(RuleId.LK03)]
    public static IEnumerable<Finding> CheckThrottled(JournalIndex journal)
    {
        foreach (var (position, reEnabled) in journal.All<EnvironmentReEnabled>())
        {
            if (reEnabled.Throttled is not { } throttled || reEnabled.Cause is not { } cause
                || journal.PositionOf(cause) is not { } requestPosition || journal.Events[requestPosition] is not ReEnableRequested request)
            {
                continue;
            }

            var took = reEnabled.Time - request.Time;
            if (took > MaxDuration)
            {
                yield return new Finding(RuleId.LK03, FindingSeverity.Medium, reEnabled.Time, $"environment/{reEnabled.Environment}",
                    $"re-enabled {took.TotalMinutes:0.#} minutes after the request (about {MaxDuration.TotalMinutes:0} promised): "
                    + $"{throttled.Rejections} Key Vault call(s) answered 429 or failed transiently and were retried, adding {throttled.Added.TotalSeconds:0} s of back-off",
                    [requestPosition, position], ThrottledGuidance);
            }
        }
    }
}
