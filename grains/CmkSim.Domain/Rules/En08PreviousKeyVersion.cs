namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-08: the previous key version must not be disabled or deleted for at least 28 days after a rotation,
/// counted from the rotation. Its consequences are cryptographic: a live storage resource not yet re-wrapped
/// (<see cref="En07KeyVersionRollOut"/>) can no longer unwrap its data key (the environment goes offline), and a
/// backup whose data keys it wraps can't be restored until it is enabled again. The finding counts the window.
/// </summary>
[RuleHome(RuleId.EN08)]
public static class En08PreviousKeyVersion
{
    /// <summary>How long after a rotation the previous version must stay enabled (the restore points it wraps).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(28);
}
