using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Environments;

/// <summary>
/// An environment's admin decisions (add to and remove from a policy, re-enable, restore, copy, reset, back up,
/// write) over its <see cref="EnvironmentFacts"/>: each composes the rule homes' guards in the order the platform
/// checks them and returns the first refusal, or null when the operation may go. No grain, no cluster: the grain
/// gathers the facts (the caller, the policy, the key's answer), asks here, and journals the answer.
/// <para>
/// A decision that needs a fact only some callers get to (the policy's view is fetched only once the environment's
/// own checks pass; the vault is probed only after that) is split into stages, one per fact, so the grain makes the
/// same calls out, in the same order, as the platform would.
/// </para>
/// </summary>
public sealed class EnvironmentDecisions(EnvironmentFacts facts)
{
    public EnvironmentFacts Facts { get; } = facts;

    /// <summary>EN-02, asked first by every admin operation.</summary>
    public Decision? Admin(string actor, TenantUser? user) => En02PowerPlatformAdmin.Refusal(actor, user);

    /// <summary>Add environment, the environment's own checks: EN-02, its machine, EN-03, EN-06, EN-01, EN-10, EN-11.</summary>
    /// <param name="canAdd">Whether the machine may fire its add (it is enabled).</param>
    public Decision? Add(string actor, TenantUser? user, string policy, bool canAdd) =>
        Admin(actor, user)
        ?? (canAdd ? null : Disabled($"environment is {Facts.Status}"))
        ?? En03Encryption.RunAgainRefusal(Facts.Policy, policy, Facts.LastEncryptionFailed)
        ?? En06ChangeKeyWithNewPolicy.Refusal(Facts.Policy, policy)
        ?? En01PolicyEligibility.Refusal(Facts.Spec!.Type, Facts.Managed)
        ?? En10FinanceAndOperations.Refusal(Facts.Spec.FinanceAndOperationsWithoutIntegration)
        ?? En11Licensing.Refusal(actor, user!.Licenses);

    /// <summary>Add environment, against the policy: EP-04, then EP-05.</summary>
    /// <param name="policyLocation">The policy's location, or null when there is no such policy.</param>
    public Decision? AddUnderPolicy(string actor, string policy, string? policyLocation, bool isReader) =>
        Ep04PolicyReader.AddRefusal(actor, policy, policyLocation is not null, isReader)
        ?? Ep05SameRegion.Refusal(Facts.Spec!.Region, policyLocation!);

    /// <summary>Remove environment, the environment's own checks: EN-02, its machine, EN-04 (on no policy).</summary>
    /// <param name="canRemove">Whether the machine may fire its removal.</param>
    /// <param name="heldBy">The rule of the machine's guard that holds the removal, if one does.</param>
    public Decision? Remove(string actor, TenantUser? user, bool canRemove, string? heldBy) =>
        Admin(actor, user)
        ?? (heldBy is null && !canRemove
            ? Disabled($"environment is {Facts.Status} and on {(Facts.Policy is null ? "no policy" : $"policy '{Facts.Policy}'")}")
            : null)
        // The machine's guard (EN-04): an environment on no policy has nothing to return from.
        ?? (heldBy is not null || Facts.Policy is null
            ? Decision.Refuse(heldBy ?? RuleId.EN04, "environment is on no policy: it is already on the Microsoft-managed key")
            : null);

    /// <summary>Remove environment, against its policy: EP-04.</summary>
    public Decision? RemoveUnderPolicy(string actor, bool isReader) => Ep04PolicyReader.RemoveRefusal(actor, Facts.Policy!, isReader);

    /// <summary>Re-enable, the environment's own checks: EN-02, then LK-03 (only a locked one).</summary>
    /// <param name="canReEnable">Whether the machine may fire its re-enable (it is locked).</param>
    public Decision? ReEnable(string actor, TenantUser? user, bool canReEnable) =>
        Admin(actor, user) ?? Lk03ReEnable.NotLockedRefusal(canReEnable, Facts.Status);

    /// <summary>Re-enable, against its policy: LK-03 (read access).</summary>
    public Decision? ReEnableUnderPolicy(string actor, bool isReader) => Lk03ReEnable.ReaderRefusal(actor, Facts.Policy, isReader);

    /// <summary>Re-enable, against the original key: LK-03 (every permission restored).</summary>
    /// <param name="keyFailure">What the key answered when every live data key was unwrapped; null when all answered.</param>
    public Decision? ReEnableWithKey(string? keyFailure) => Lk03ReEnable.KeyRefusal(keyFailure);

    /// <summary>The target of a restore, copy or reset: EN-02, and it must be enabled.</summary>
    public Decision? Target(string actor, TenantUser? user) => Admin(actor, user) ?? TargetRefusal();

    /// <summary>Restore, once the backup is in hand: DB-01 (its own environment, or one on the same customer key).</summary>
    public Decision? RestoreFrom(string sourceEnvironment, string? sourceKey) =>
        Db01RestoreSameKey.Refusal(sourceEnvironment == Facts.Name, sourceKey, Facts.CustomerKey);

    /// <summary>
    /// The refusal for a backup of this environment that can't be had: the rule that deleted it, DB-01 when there is
    /// none, LK-02 while the environment is locked.
    /// </summary>
    /// <param name="backup">The backup held under that name, or null when there is none.</param>
    public Decision UnavailableBackup(string name, BackupFacts? backup) =>
        backup is { Available: false } deleted ? Lk02LockedEnvironmentDeletion.DeletedBackupRefusal(Facts.Name, name, deleted.DeletedUnder, deleted.DeletedBecause)
        : Facts.DataReadable ? Db01RestoreSameKey.NoSuchBackupRefusal(Facts.Name, name)
        : Lk02LockedEnvironmentDeletion.LockedBackupRefusal(Facts.Name, name, Facts.Status);

    /// <summary>Copy, the target's checks: EN-02, enabled, DB-03.</summary>
    public Decision? CopyTarget(string actor, TenantUser? user) =>
        Target(actor, user) ?? Db03SupportInvestigationCopy.Refusal(Facts.Spec!.Type, Facts.Owner);

    /// <summary>Copy, once the source answered: LK-02 (a locked source gives nothing), DB-02 (the same customer key).</summary>
    /// <param name="sourceReadable">Whether the source gave up its data.</param>
    public Decision? CopyFrom(string sourceEnvironment, bool sourceReadable, string? sourceKey) =>
        Lk02LockedEnvironmentDeletion.CopySourceRefusal(sourceEnvironment, sourceReadable)
        ?? Db02CopySameKey.Refusal(sourceKey, Facts.CustomerKey);

    /// <summary>Delete environment: EN-02, then its machine (not while an operation runs, not twice).</summary>
    /// <param name="canDelete">Whether the machine may fire its delete.</param>
    public Decision? Delete(string actor, TenantUser? user, bool canDelete) =>
        Admin(actor, user) ?? En02PowerPlatformAdmin.DeleteRefusal(Facts.Name, Facts.Status, canDelete, Facts.DisabledRule);

    /// <summary>A backup is an admin's database operation (EN-02, as restore is), of an enabled environment.</summary>
    public Decision? Backup(string actor, TenantUser? user) =>
        Admin(actor, user) ?? (Facts.Active ? null : Disabled("Environment disabled: no backup can be taken"));

    /// <summary>Records are written only to an enabled environment (a deactivated user's step never gets here: EN-02's sign-in).</summary>
    public Decision? Write() => TargetRefusal();

    /// <summary>Flows are created only in an enabled environment.</summary>
    public Decision? CreateFlows() => Facts.Active ? null : Disabled("Environment disabled");

    private Decision? TargetRefusal() => Facts.Active ? null : Disabled($"Environment disabled ({Facts.Status})");

    /// <summary>A refusal citing the rule that keeps the environment disabled, as its machine names it.</summary>
    private Decision Disabled(string message) => Decision.Refuse(
        Facts.DisabledRule ?? throw new InvalidOperationException($"'{Facts.Name}' is {Facts.Status}: no rule keeps it disabled"), message);
}
