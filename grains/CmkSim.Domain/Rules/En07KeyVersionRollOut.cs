using CmkSim.Domain.Journal;
using CmkSim.Domain.Compliance;
namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-07: a new key version (manual or by a rotation policy) is applied by every storage resource of an
/// environment within 24 hours, with no downtime. Each resource re-wraps its own data key at its own seeded time in
/// this window; until it has, it still needs the previous version (see <see cref="En08PreviousKeyVersion"/>).
/// </summary>
[RuleHome(RuleId.EN07)]
public static class En07KeyVersionRollOut
{
    /// <summary>The longest a storage resource takes to re-wrap its data key under a new key version.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>A key's rotation policy must say when to rotate: after creation, or before an expiry it sets.</summary>
    [Enforces(RuleId.EN07)]
    public static Decision? RotationPolicyRefusal(bool timeAfterCreate, bool timeBeforeExpiry, bool expiresAfter) =>
        timeAfterCreate || (timeBeforeExpiry && expiresAfter)
            ? null
            : Decision.Refuse(RuleId.EN07, "a rotation policy needs timeAfterCreate, or timeBeforeExpiry with an expiry time");

    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance ThrottledGuidance = new(
        "Key version roll-out stretched past 24 hours by Key Vault throttling",
        "Storage resources keep needing the previous version longer than the rule allows for: disabling it on the usual schedule would take them offline.",
        "Keep the previous version enabled until every resource has rolled out; spread environments over more key vaults (limits are per vault and subscription).");

    /// <summary>
    /// The finding: a storage resource re-wrapped more than <see cref="Window"/> after the rotation it follows, with
    /// 429s on the way. Evidence: the rotation and the roll-out.
    /// </summary>
    [ChecksFinding(RuleId.EN07)]
    public static IEnumerable<Finding> CheckThrottled(JournalIndex journal)
    {
        foreach (var (position, rolledOut) in journal.All<KeyVersionRolledOut>())
        {
            if (rolledOut.Throttled is not { } throttled || rolledOut.Cause is not { } cause
                || journal.PositionOf(cause) is not { } rotationPosition || journal.Events[rotationPosition] is not KeyRotated rotation)
            {
                continue; // a catch-up after a re-enable follows the re-enable, not the rotation
            }

            var took = rolledOut.Time - rotation.Time;
            if (took > Window)
            {
                yield return new Finding(RuleId.EN07, FindingSeverity.Medium, rolledOut.Time, $"environment/{rolledOut.Environment}/{rolledOut.Resource}",
                    $"rolled out to {rolledOut.To.Version} {took.TotalHours:0.#} hours after the rotation ({Window.TotalHours:0} allowed): "
                    + $"{throttled.Rejections} Key Vault call(s) answered 429 or failed transiently and were retried, adding {throttled.Added.TotalSeconds:0} s of back-off",
                    [rotationPosition, position], ThrottledGuidance);
            }
        }
    }
}
