namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-09: "Revoking the policy's access to the vault or key (or disabling / deleting the key) locks every CMK
/// environment that uses it: disabled, inaccessible to everyone including Microsoft support; if not resolved, data can
/// be lost. Restoring access unlocks them." Consequence, and cryptographic: an environment locks when a live storage
/// resource's data key no longer unwraps (<see cref="Lk01KeyAccessLoss"/>), journaled as <c>EnvironmentLocked</c>
/// with the versions that no longer answer; deletion follows per <see cref="Lk02LockedEnvironmentDeletion"/>,
/// unlocking per <see cref="Lk03ReEnable"/>. The outage is a finding from the lock on (LK-02's home, CheckOutages).
/// </summary>
[RuleHome(RuleId.EN09)]
public static class En09LockOnLostKeyAccess
{
    /// <summary>
    /// The rule a lock cites: EN-09, the consequence the seed names for lost key access, when the key, vault or access
    /// is gone (LK-01); EN-08 when only a previous version the resource had not yet re-wrapped away from went.
    /// </summary>
    public static string LockRule(string accessFailureRule) => accessFailureRule == RuleId.LK01 ? RuleId.EN09 : accessFailureRule;
}
