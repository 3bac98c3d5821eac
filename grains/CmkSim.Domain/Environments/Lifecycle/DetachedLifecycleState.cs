using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>An environment's lifecycle state held in memory, without a grain: for drawing the machine and for tests.</summary>
public sealed class DetachedLifecycleState : IEnvironmentLifecycleState
{
    public EnvironmentLifecycle Lifecycle { get; set; }

    public EnvironmentSpec? Spec { get; set; }

    public EncryptionOwner Owner { get; set; }

    public string? Policy { get; set; }

    public int Ticket { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    public string? LockRule { get; set; }

    public EventId? LockEvent { get; set; }

    public string? DeletedUnder { get; set; }
}
