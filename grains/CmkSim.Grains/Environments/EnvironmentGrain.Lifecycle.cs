using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Scheduling;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Ports;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>
/// The shell around the environment's lifecycle model: the model decides the state changes and schedules the timed
/// consequences; the grain gives it the ports (the engine's queue, its journal, the clock, the seed's streams) and
/// hands back what is due.
/// </summary>
public sealed partial class EnvironmentGrain : IEnvironmentTimers, IEnvironmentJournal
{
    private EnvironmentLifecycleModel? _model;

    /// <summary>The lifecycle over the persisted state (built again should the state object be replaced).</summary>
    private EnvironmentLifecycleModel Model =>
        _model is { } model && ReferenceEquals(model.State, State)
            ? model
            : _model = new EnvironmentLifecycleModel(Name, State, this, this, () => time.GetUtcNow(), random);

    /// <summary>The model's timed consequence goes on the engine's queue; when due, it comes back as a call to this grain.</summary>
    void IEnvironmentTimers.Schedule(LifecycleTimer timer, TimeSpan after, EventId cause, int ticket)
    {
        var operation = timer switch
        {
            LifecycleTimer.EncryptionDue => EnvironmentOperation.EncryptionDue,
            LifecycleTimer.RevertDue => EnvironmentOperation.RevertDue,
            LifecycleTimer.ReEnableDue => EnvironmentOperation.ReEnableDue,
            LifecycleTimer.LockExpiryDue => EnvironmentOperation.LockExpiryDue,
            _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "no operation answers this timer"),
        };
        // Encryption and re-enable touch only this environment: local. Revert and lock expiry unlink it from its
        // policy, which other environments share: exclusive.
        var scope = timer is LifecycleTimer.EncryptionDue or LifecycleTimer.ReEnableDue ? EventScope.Local : EventScope.Exclusive;
        scheduler.ScheduleAfter(after, Name, new EnvironmentOperationDue(Name, operation, ticket, cause), scope);
    }

    EventId IEnvironmentJournal.Append(string actor, JournalEvent e, EventId? cause) => Journal(actor, e, cause);
}
