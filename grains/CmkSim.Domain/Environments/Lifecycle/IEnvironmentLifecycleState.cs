using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// The part of an environment's persisted state its lifecycle reads and writes. The grain's state implements it
/// (so its persisted shape stays as it is); <see cref="DetachedLifecycleState"/> holds it without a grain.
/// </summary>
public interface IEnvironmentLifecycleState
{
    EnvironmentLifecycle Lifecycle { get; set; }

    /// <summary>Its type decides LK-02's grace.</summary>
    EnvironmentSpec? Spec { get; }

    /// <summary>Only an environment on a customer-managed key locks (LK-01).</summary>
    EncryptionOwner Owner { get; }

    /// <summary>Only an environment on a policy can be removed from it (EN-04).</summary>
    string? Policy { get; }

    /// <summary>The ticket of the one timed consequence that may still act; bumping it supersedes the pending one.</summary>
    int Ticket { get; set; }

    /// <summary>When the lock LK-02's deadline counts from began; null when not locked.</summary>
    DateTimeOffset? LockedAt { get; set; }

    /// <summary>The rule the lock cites (EN-08 or LK-01); null when not locked.</summary>
    string? LockRule { get; set; }

    /// <summary>The lock's journal event while locked: the cause its LK-02 deletion names.</summary>
    EventId? LockEvent { get; set; }

    /// <summary>The rule it was deleted under once Deleted: EN-02 when an admin deleted it, null for LK-02's deletion.</summary>
    string? DeletedUnder { get; set; }
}
