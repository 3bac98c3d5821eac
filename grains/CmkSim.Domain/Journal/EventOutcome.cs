namespace CmkSim.Domain.Journal;

/// <summary>How an event ended: done, refused by a rule before anything changed, or attempted and failed.</summary>
public enum EventOutcome
{
    Succeeded,
    Refused,
    Failed,
}
