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
}
