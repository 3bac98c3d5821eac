using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Ports;
using CmkSim.Domain.Rules;
using Stateless;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// An environment's lifecycle without a grain: its Stateless machine (<see cref="EnvironmentLifecycleModel"/>.Machine.cs)
/// over the state the grain persists, the events that move it, and the timed consequences its states' entry actions
/// schedule (EN-03's encryption, EN-04's revert, LK-03's re-enable, LK-02's deletion of a locked environment).
/// <para>
/// The grain does the calls out (the vault's answers, the policy, the tenant's users), hands the facts here, and
/// persists. Each fact is journaled first and the machine fired with the event's id, so the consequence an entry
/// action schedules names its cause.
/// </para>
/// </summary>
public sealed partial class EnvironmentLifecycleModel
{
    /// <summary>Who acts when the platform does timed work on its own (encryption, roll-out, lock, deletion).</summary>
    public const string PlatformActor = "platform";

    private readonly IEnvironmentTimers _timers;
    private readonly IEnvironmentJournal _journal;
    private readonly Func<DateTimeOffset> _now;
    private readonly IRandomStreams _random;
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger>? _machine;

    /// <param name="name">The environment's name: its events' subject and its random streams' suffix.</param>
    public EnvironmentLifecycleModel(string name, IEnvironmentLifecycleState state, IEnvironmentTimers timers, IEnvironmentJournal journal,
        Func<DateTimeOffset> now, IRandomStreams random)
    {
        Name = name;
        State = state;
        _timers = timers;
        _journal = journal;
        _now = now;
        _random = random;
    }

    /// <summary>
    /// The Stateless machine, configured when first needed: its lifecycle lives in <see cref="State"/>, so the
    /// machine holds nothing of its own and may be dropped between calls (<see cref="ReleaseMachine"/>).
    /// </summary>
    private StateMachine<EnvironmentLifecycle, EnvironmentTrigger> Machine => _machine ??= Configure();

    /// <summary>
    /// Drops the configured machine (about 9 KB of delegates and lists): a load run keeps 100,000 environments in
    /// memory between their calls, and each configures it again only when it next fires or asks a guard.
    /// </summary>
    public void ReleaseMachine() => _machine = null;

    public string Name { get; }

    public IEnvironmentLifecycleState State { get; }

    public EnvironmentLifecycle Lifecycle => State.Lifecycle;

    /// <summary>The admin center's word for the lifecycle: Encrypting and Reverting show as Disabled, ReEnabling as Locked.</summary>
    public EnvironmentStatus Status => Lifecycle switch
    {
        EnvironmentLifecycle.Active => EnvironmentStatus.Enabled,
        EnvironmentLifecycle.Encrypting or EnvironmentLifecycle.Reverting => EnvironmentStatus.Disabled,
        EnvironmentLifecycle.Locked or EnvironmentLifecycle.ReEnabling => EnvironmentStatus.Locked,
        _ => EnvironmentStatus.Deleted,
    };

    /// <summary>Enabled: only then is it written, backed up, or the target of a restore, copy or reset.</summary>
    public bool Active => Lifecycle == EnvironmentLifecycle.Active;

    /// <summary>Its data can leave it: not locked or deleted (LK-02).</summary>
    public bool DataReadable => Lifecycle is EnvironmentLifecycle.Active or EnvironmentLifecycle.Encrypting or EnvironmentLifecycle.Reverting;

    /// <summary>The rule that keeps a non-active environment disabled: EN-02 when an admin deleted it, else as the machine names it.</summary>
    public string DisabledRule => Lifecycle == EnvironmentLifecycle.Deleted && State.DeletedUnder is { } deletedUnder
        ? deletedUnder
        : DisabledBy(Lifecycle, State.LockRule);

    /// <summary>The rule that keeps it disabled, or null while it is active.</summary>
    public string? DisabledRuleIfAny => Active ? null : DisabledRule;

    /// <summary>Whether the machine may fire <paramref name="trigger"/> now (its state permits it and its guards hold).</summary>
    public bool Can(EnvironmentTrigger trigger) => Machine.CanFire(trigger);

    /// <summary>The guard that holds <paramref name="trigger"/>, naming its rule; null when it can fire or the state lacks it.</summary>
    public RuleGuard? HeldBy(EnvironmentTrigger trigger) => Machine.UnmetGuard(trigger);

    /// <summary>Whether a timed consequence handed back with <paramref name="ticket"/> still stands (nothing superseded it).</summary>
    public bool IsCurrent(int ticket) => ticket == State.Ticket;

    /// <summary>Added to <paramref name="policy"/>: disabled while encrypted (EN-03), the encryption scheduled on entering Encrypting.</summary>
    /// <returns>The add, the cause of the encryption.</returns>
    public EventId AddedToPolicy(string actor, string policy, string rule)
    {
        var added = _journal.Append(actor, new EnvironmentAddedToPolicy(Name, policy, rule), null);
        Machine.Fire(_addToPolicy, added);
        return added;
    }

    /// <summary>EN-03 done: the data is on the policy's key.</summary>
    public void Encrypted(KeyVersionId version, string rule, EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.EncryptionSucceeded);
        _journal.Append(PlatformActor, new EnvironmentEncrypted(Name, version, rule), cause);
    }

    /// <summary>EN-12: the encryption failed; the data stays on the key it had and the environment is enabled again.</summary>
    public void EncryptionFailure(string reason, EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.EncryptionFailed);
        _journal.Append(PlatformActor, new EncryptionFailed(Name, reason), cause);
    }

    /// <summary>Removed from its policy (EN-04): disabled while it returns to the Microsoft-managed key, the revert scheduled on entering Reverting.</summary>
    public EventId RemovedFromPolicy(string actor, string policy)
    {
        var removed = _journal.Append(actor, new EnvironmentRemovedFromPolicy(Name, policy), null);
        Machine.Fire(_removeFromPolicy, removed);
        return removed;
    }

    /// <summary>EN-05: back on the Microsoft-managed key; the former key and identity are named for the audit.</summary>
    public void Reverted(string formerVault, string formerKey, string formerIdentity, EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.RevertCompleted);
        _journal.Append(PlatformActor, new EnvironmentReverted(Name, formerVault, formerKey, formerIdentity), cause);
    }

    /// <returns>The failure, the cause of a lock if the key no longer answers.</returns>
    public EventId RevertFailure(string reason, EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.RevertCompleted);
        return _journal.Append(PlatformActor, new RevertFailed(Name, reason), cause);
    }

    /// <summary>
    /// A live resource's data key no longer unwraps (EN-09/LK-01; EN-08 when only previous versions failed): locked,
    /// and LK-02's deletion is scheduled on entering Locked, the whole grace from now.
    /// </summary>
    /// <param name="cause">What made the key stop answering (a role removal, a disabled version, a failed roll-out).</param>
    public EventId KeyAccessLost(KeyAccessFailure failure, EventId? cause)
    {
        State.LockedAt = _now();
        State.LockRule = failure.Rule;
        var locked = _journal.Append(PlatformActor, new EnvironmentLocked(Name, failure.Message, En09LockOnLostKeyAccess.LockRule(failure.Rule),
            failure.Unusable, Grace), cause);
        Machine.Fire(_loseKeyAccess, locked);
        return locked;
    }

    /// <summary>An admin asked to re-enable (LK-03): the re-enable is scheduled on entering ReEnabling, replacing LK-02's pending deletion.</summary>
    public EventId ReEnableRequested(string actor)
    {
        var requested = _journal.Append(actor, new ReEnableRequested(Name), null);
        Machine.Fire(_reEnable, requested);
        return requested;
    }

    /// <summary>
    /// The re-enable is due. With the key still failing, it is locked again and LK-02's deadline stands as it was,
    /// counted from the original lock; otherwise it is enabled and the pending deletion is cancelled.
    /// </summary>
    /// <param name="failure">What the key answered now; null when every live data key unwrapped.</param>
    /// <returns>The re-enable, the cause of the roll-out's catch-up; null when it failed.</returns>
    public EventId? ReEnableCompleted(KeyAccessFailure? failure, EventId? cause)
    {
        if (failure is not null)
        {
            var failed = _journal.Append(PlatformActor, new ReEnableFailed(Name, failure.Message, failure.Rule), cause);
            Machine.Fire(_reEnableFailed, failed);
            return null;
        }

        Machine.Fire(EnvironmentTrigger.ReEnabled);
        return _journal.Append(PlatformActor, new EnvironmentReEnabled(Name), cause);
    }

    /// <summary>LK-02: the lock outlived its grace; the environment is deleted and its data is lost (the grain drops it).</summary>
    public void LockExpired(EventId? cause)
    {
        Machine.Fire(EnvironmentTrigger.LockExpired);
        _journal.Append(PlatformActor, new LockedEnvironmentDeleted(Name, _now() - State.LockedAt!.Value), cause);
    }

    /// <summary>An admin deleted it (EN-02): whatever timed work was pending has nothing left to act on.</summary>
    public void Deleted() => Machine.Fire(EnvironmentTrigger.Delete);

    /// <summary>DB-04: reset in place, still enabled.</summary>
    public void Reset() => Machine.Fire(EnvironmentTrigger.Reset);

    /// <summary>LK-02's grace for this environment's type.</summary>
    private TimeSpan Grace => Lk02LockedEnvironmentDeletion.DeletedAfter(State.Spec?.Type ?? EnvironmentType.Production);

    /// <summary>Schedules a timed consequence under a fresh ticket, superseding whatever was pending.</summary>
    private void Schedule(LifecycleTimer timer, TimeSpan after, EventId cause) => _timers.Schedule(timer, after, cause, ++State.Ticket);

    /// <summary>Supersedes whatever timed consequence was pending.</summary>
    private void CancelPending() => ++State.Ticket;

    private TimeSpan Draw(string purpose, TimeSpan min, TimeSpan max) => _random.Stream($"{purpose}/{Name}").NextDuration(min, max);
}
