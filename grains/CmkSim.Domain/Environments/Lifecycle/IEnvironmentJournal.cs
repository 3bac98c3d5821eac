using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>Where an environment's lifecycle journals what happened: each event stamped with time, actor and cause.</summary>
public interface IEnvironmentJournal
{
    /// <returns>The event's id, to name as the cause of its effects.</returns>
    EventId Append(string actor, JournalEvent e, EventId? cause);
}
