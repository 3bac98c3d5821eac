using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Tests.Domain.Lifecycle;

/// <summary>
/// One environment's lifecycle model over a real engine and no cluster: its timers go on the engine's queue, its
/// journal is a list, and when a timer is due the harness hands the model the fact the grain would (the encryption
/// done, the key's answer at re-enable, the lock expired) — unless its ticket was superseded.
/// </summary>
internal sealed class LifecycleHarness : IEnvironmentTimers, IEnvironmentJournal
{
    public static readonly KeyVersionId Version = new("vault", "key", "v1");

    public LifecycleHarness(EnvironmentType type = EnvironmentType.Production, EncryptionOwner owner = EncryptionOwner.CustomerManaged, string? policy = "policy")
    {
        State = new DetachedLifecycleState { Spec = new EnvironmentSpec(type, "europe"), Owner = owner, Policy = policy };
        Model = new EnvironmentLifecycleModel("env-1", State, this, this, () => Engine.Now, Engine.Random);
    }

    public SimulationEngine Engine { get; } = new(seed: 42);

    public DetachedLifecycleState State { get; }

    public EnvironmentLifecycleModel Model { get; }

    public List<JournalEvent> Journal { get; } = [];

    /// <summary>Every timer the model scheduled, as it asked for it.</summary>
    public List<(LifecycleTimer Timer, DateTimeOffset Due, EventId Cause, int Ticket)> Scheduled { get; } = [];

    /// <summary>Timers that came due with a superseded ticket and were ignored.</summary>
    public List<LifecycleTimer> Ignored { get; } = [];

    /// <summary>What the key answers when a re-enable completes; null: every data key unwraps.</summary>
    public KeyAccessFailure? KeyAnswerAtReEnable { get; set; }

    public static KeyAccessFailure Failure(string rule = "LK-01") => new("Database's data key: access denied", rule, [Version]);

    public T Single<T>() where T : JournalEvent => Assert.Single(Journal.OfType<T>());

    void IEnvironmentTimers.Schedule(LifecycleTimer timer, TimeSpan after, EventId cause, int ticket)
    {
        Scheduled.Add((timer, Engine.Now + after, cause, ticket));
        Engine.ScheduleAfter(after, "environment/env-1", timer.ToString(), _ =>
        {
            Due(timer, ticket, cause);
            return Task.CompletedTask;
        });
    }

    EventId IEnvironmentJournal.Append(string actor, JournalEvent e, EventId? cause)
    {
        var id = new EventId("environment/env-1", Journal.Count + 1);
        Journal.Add(e with { Id = id, Time = Engine.Now, Actor = actor, Cause = cause });
        return id;
    }

    /// <summary>What the grain's OnOperationDueAsync does, without the calls out.</summary>
    private void Due(LifecycleTimer timer, int ticket, EventId cause)
    {
        if (!Model.IsCurrent(ticket))
        {
            Ignored.Add(timer);
            return;
        }

        switch (timer)
        {
            case LifecycleTimer.EncryptionDue:
                State.Owner = EncryptionOwner.CustomerManaged;
                Model.Encrypted(Version, "EN-03", cause);
                break;
            case LifecycleTimer.RevertDue:
                Model.Reverted("vault", "key", "identity", cause);
                break;
            case LifecycleTimer.ReEnableDue:
                Model.ReEnableCompleted(KeyAnswerAtReEnable, cause);
                break;
            case LifecycleTimer.LockExpiryDue:
                Model.LockExpired(cause);
                break;
        }
    }
}
