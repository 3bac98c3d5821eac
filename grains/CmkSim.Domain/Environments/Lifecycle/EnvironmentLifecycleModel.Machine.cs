using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using Stateless;
using Stateless.Reflection;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// Every transition of an environment, configured in one place. Guards name the rule they enforce; entry actions
/// schedule the timed consequences of entering a state, naming the event that caused it; <see cref="DisabledBy"/>
/// names the rule that keeps a disabled environment from doing what only an active one may.
/// </summary>
public sealed partial class EnvironmentLifecycleModel
{
    /// <summary>EN-04: removing from a policy returns an environment from its customer key; one on no policy has none.</summary>
    public static readonly RuleGuard OnAPolicy = new(RuleId.EN04, "on a policy");

    /// <summary>LK-01: only the key vault side locks, and only an environment on a customer-managed key.</summary>
    public static readonly RuleGuard OnCustomerKey = new(RuleId.LK01, "on a customer-managed key");

    /// <summary>LK-02: a locked environment is deleted once its lock has lasted the grace its type gets.</summary>
    public static readonly RuleGuard LockOutlivedGrace = new(RuleId.LK02,
        $"locked {Lk02LockedEnvironmentDeletion.NonProductionDeletedAfter.TotalDays:0} days (non-production) or {Lk02LockedEnvironmentDeletion.ProductionDeletedAfter.TotalDays:0} (production)");

    /// <summary>Not a rule's duration: the shortest an encryption or a revert takes.</summary>
    private static readonly TimeSpan ShortestEncryption = TimeSpan.FromMinutes(30);

    /// <summary>Not a rule's duration: the shortest a re-enable takes (LK-03 bounds the longest).</summary>
    private static readonly TimeSpan ShortestReEnable = TimeSpan.FromMinutes(1);

    // The triggers that carry the event that caused them, so the entry action names it as its consequence's cause.
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>.TriggerWithParameters<EventId> _addToPolicy = null!;
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>.TriggerWithParameters<EventId> _removeFromPolicy = null!;
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>.TriggerWithParameters<EventId> _loseKeyAccess = null!;
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>.TriggerWithParameters<EventId> _reEnable = null!;
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>.TriggerWithParameters<EventId> _reEnableFailed = null!;

    /// <summary>The environment machine over blank state, to be drawn (<c>cmksim graph</c>): its guards and entry actions.</summary>
    public static StateMachineInfo MachineInfo() =>
        new EnvironmentLifecycleModel("environment", new DetachedLifecycleState(), new NoTimers(), new NoJournal(), () => DateTimeOffset.UnixEpoch, new NoRandom())
            .Machine.GetInfo();

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

    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger> Configure()
    {
        // Transitions are not journaled on their own: each is part of the typed event that caused it.
        var m = new StateMachine<EnvironmentLifecycle, EnvironmentTrigger>(() => State.Lifecycle, s => State.Lifecycle = s);
        _addToPolicy = m.SetTriggerParameters<EventId>(EnvironmentTrigger.AddToPolicy);
        _removeFromPolicy = m.SetTriggerParameters<EventId>(EnvironmentTrigger.RemoveFromPolicy);
        _loseKeyAccess = m.SetTriggerParameters<EventId>(EnvironmentTrigger.LoseKeyAccess);
        _reEnable = m.SetTriggerParameters<EventId>(EnvironmentTrigger.ReEnable);
        _reEnableFailed = m.SetTriggerParameters<EventId>(EnvironmentTrigger.ReEnableFailed);
        Func<bool> onCustomerKey = () => State.Owner == EncryptionOwner.CustomerManaged;
        Func<bool> lockOutlivedGrace = () => State.LockedAt is { } lockedAt && _now() - lockedAt >= Grace;

        m.Configure(EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.AddToPolicy, EnvironmentLifecycle.Encrypting)      // EN-03: disabled while encrypting
            .PermitIf(EnvironmentTrigger.RemoveFromPolicy, EnvironmentLifecycle.Reverting, OnAPolicy, () => State.Policy is not null)
            .PermitIf(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked, OnCustomerKey, onCustomerKey) // EN-09, EN-08
            .PermitReentry(EnvironmentTrigger.Reset)                                      // DB-04
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted)              // EN-02: an admin deletes it
            .OnEntryFrom(EnvironmentTrigger.ReEnabled, EndLock, "LK-03: ends the lock and cancels the LK-02 deletion");
        m.Configure(EnvironmentLifecycle.Encrypting)
            .Permit(EnvironmentTrigger.EncryptionSucceeded, EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.EncryptionFailed, EnvironmentLifecycle.Active)     // EN-12: data stays on the Microsoft key
            .OnEntryFrom(_addToPolicy, added => Schedule(LifecycleTimer.EncryptionDue,
                Draw("encryption", ShortestEncryption, En03Encryption.MaxDuration), added), "EN-03: schedules the encryption");
        m.Configure(EnvironmentLifecycle.Reverting)
            .Permit(EnvironmentTrigger.RevertCompleted, EnvironmentLifecycle.Active)
            .OnEntryFrom(_removeFromPolicy, removed => Schedule(LifecycleTimer.RevertDue,
                Draw("revert", ShortestEncryption, En03Encryption.MaxDuration), removed), "EN-04: schedules the return to the Microsoft-managed key");
        m.Configure(EnvironmentLifecycle.Locked)
            .Permit(EnvironmentTrigger.ReEnable, EnvironmentLifecycle.ReEnabling)         // LK-03
            .PermitIf(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted, LockOutlivedGrace, lockOutlivedGrace) // the data is lost
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted)              // an admin need not wait for LK-02's deadline
            .OnEntryFrom(_loseKeyAccess, Locked, "LK-02: schedules the deletion after the whole grace")
            .OnEntryFrom(_reEnableFailed, _ => ScheduleDeletionAtDeadline(), "LK-02: schedules the deletion at the original lock's deadline");
        m.Configure(EnvironmentLifecycle.ReEnabling)
            .Permit(EnvironmentTrigger.ReEnabled, EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.ReEnableFailed, EnvironmentLifecycle.Locked)
            .PermitIf(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked, OnCustomerKey, onCustomerKey)
            .PermitIf(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted, LockOutlivedGrace, lockOutlivedGrace)
            .Permit(EnvironmentTrigger.Delete, EnvironmentLifecycle.Deleted)
            // Asking to re-enable replaces the pending deletion (one ticket per environment); a failed re-enable puts it back.
            .OnEntryFrom(_reEnable, requested => Schedule(LifecycleTimer.ReEnableDue,
                Draw("re-enable", ShortestReEnable, Lk03ReEnable.MaxDuration), requested), "LK-03: schedules the re-enable");
        m.Configure(EnvironmentLifecycle.Deleted)
            .OnEntryFrom(EnvironmentTrigger.Delete, DeletedByAdmin, "EN-02: cancels whatever timed work was pending");
        return m;
    }

    /// <summary>A new lock: LK-02's deletion is due after the whole grace, and names the lock as its cause.</summary>
    private void Locked(EventId locked)
    {
        State.LockEvent = locked;
        ScheduleDeletionAtDeadline();
    }

    /// <summary>LK-02's deletion at the lock's deadline, counted from when it locked (now, for a new lock), naming the lock.</summary>
    private void ScheduleDeletionAtDeadline()
    {
        var remaining = State.LockedAt!.Value + Grace - _now();
        Schedule(LifecycleTimer.LockExpiryDue, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, State.LockEvent!.Value);
    }

    private void EndLock()
    {
        State.LockedAt = null;
        State.LockRule = null;
        State.LockEvent = null;
        CancelPending();
    }

    private void DeletedByAdmin()
    {
        CancelPending(); // a pending lock expiry, encryption or re-enable has nothing left to act on
        State.DeletedUnder = RuleId.EN02;
    }

    // Ports of the drawing-only machine: nothing fires on it.
    private sealed class NoTimers : IEnvironmentTimers
    {
        public void Schedule(LifecycleTimer timer, TimeSpan after, EventId cause, int ticket) => throw new InvalidOperationException("a drawn machine schedules nothing");
    }

    private sealed class NoJournal : IEnvironmentJournal
    {
        public EventId Append(string actor, JournalEvent e, EventId? cause) => throw new InvalidOperationException("a drawn machine journals nothing");
    }

    private sealed class NoRandom : Ports.IRandomStreams
    {
        public Ports.IRandomSource Stream(string purpose) => throw new InvalidOperationException("a drawn machine draws nothing");
    }
}
