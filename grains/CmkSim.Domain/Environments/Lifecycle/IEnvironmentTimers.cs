using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// How an environment's lifecycle schedules its timed consequences (the grain puts them on the engine's queue). When
/// one is due, its owner hands it back with its ticket; <see cref="EnvironmentLifecycleModel.IsCurrent"/> says whether
/// it still stands.
/// </summary>
public interface IEnvironmentTimers
{
    /// <param name="cause">The event the consequence follows from (the add, the removal, the lock): its effects name it.</param>
    /// <param name="ticket">The lifecycle's ticket for it; a later consequence or a cancellation supersedes it.</param>
    void Schedule(LifecycleTimer timer, TimeSpan after, EventId cause, int ticket);
}
