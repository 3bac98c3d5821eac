using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Graphs;
using Stateless;

namespace CmkSim.Grains.Environments;

/// <summary>
/// Every transition of an environment, configured in one place; the state lives in the grain's state. Guards name
/// the rule they enforce; <see cref="DisabledBy"/> names the rule that keeps a disabled environment from doing what
/// only an active one may.
/// </summary>
internal static class EnvironmentMachine
{
    /// <summary>EN-04: removing from a policy returns an environment from its customer key; one on no policy has none.</summary>
    public static readonly RuleGuard OnAPolicy = new(RuleId.EN04, "on a policy");

    /// <summary>LK-01: only the key vault side locks, and only an environment on a customer-managed key.</summary>
    public static readonly RuleGuard OnCustomerKey = new(RuleId.LK01, "on a customer-managed key");

    /// <summary>LK-02: a locked environment is deleted once its lock has lasted the grace its type gets.</summary>
    public static readonly RuleGuard LockOutlivedGrace = new(RuleId.LK02,
        $"locked {Lk02LockedEnvironmentDeletion.NonProductionDeletedAfter.TotalDays:0} days (non-production) or {Lk02LockedEnvironmentDeletion.ProductionDeletedAfter.TotalDays:0} (production)");

    public static StateMachine<EnvironmentLifecycle, EnvironmentTrigger> Create(EnvironmentState state, Func<DateTimeOffset> now)
    {
        var m = new StateMachine<EnvironmentLifecycle, EnvironmentTrigger>(() => state.Lifecycle, s => state.Lifecycle = s);
        Func<bool> onCustomerKey = () => state.Owner == EncryptionOwner.CustomerManaged;
        Func<bool> lockOutlivedGrace = () => state.LockedAt is { } lockedAt
            && now() - lockedAt >= Lk02LockedEnvironmentDeletion.DeletedAfter(state.Spec?.Type ?? EnvironmentType.Production);
        m.Configure(EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.AddToPolicy, EnvironmentLifecycle.Encrypting)      // EN-03: disabled while encrypting
            .PermitIf(EnvironmentTrigger.RemoveFromPolicy, EnvironmentLifecycle.Reverting, OnAPolicy, () => state.Policy is not null)
            .PermitIf(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked, OnCustomerKey, onCustomerKey) // EN-09, EN-08
            .PermitReentry(EnvironmentTrigger.Reset)                                      // DB-04
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted);             // EN-02: an admin deletes it
        m.Configure(EnvironmentLifecycle.Encrypting)
            .Permit(EnvironmentTrigger.EncryptionSucceeded, EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.EncryptionFailed, EnvironmentLifecycle.Active);    // EN-12: data stays on the Microsoft key
        m.Configure(EnvironmentLifecycle.Reverting)
            .Permit(EnvironmentTrigger.RevertCompleted, EnvironmentLifecycle.Active);
        m.Configure(EnvironmentLifecycle.Locked)
            .Permit(EnvironmentTrigger.ReEnable, EnvironmentLifecycle.ReEnabling)         // LK-03
            .PermitIf(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted, LockOutlivedGrace, lockOutlivedGrace) // the data is lost
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted);             // an admin need not wait for LK-02's deadline
        m.Configure(EnvironmentLifecycle.ReEnabling)
            .Permit(EnvironmentTrigger.ReEnabled, EnvironmentLifecycle.Active)
            .PermitIf(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked, OnCustomerKey, onCustomerKey)
            .PermitIf(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted, LockOutlivedGrace, lockOutlivedGrace)
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted);
        return m;
    }

    /// <summary>
    /// The rule that keeps an environment in <paramref name="state"/> disabled, so it refuses what only an active
    /// environment may do: its lock's (LK-01 unless the lock named EN-08), EN-03 while encrypting, EN-04 while
    /// reverting, LK-02 once deleted.
    /// </summary>
    public static string DisabledBy(EnvironmentLifecycle state, string? lockRule) => state switch
    {
        EnvironmentLifecycle.Locked or EnvironmentLifecycle.ReEnabling => lockRule ?? RuleId.LK01,
        EnvironmentLifecycle.Encrypting => RuleId.EN03,
        EnvironmentLifecycle.Reverting => RuleId.EN04,
        EnvironmentLifecycle.Deleted => RuleId.LK02,
        _ => throw new InvalidOperationException($"an environment that is {state} is not disabled: no rule keeps it disabled"),
    };
}
