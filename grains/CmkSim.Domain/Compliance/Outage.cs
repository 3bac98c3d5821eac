namespace CmkSim.Domain.Compliance;

/// <summary>How an environment's outage ended, as of the end of the run.</summary>
public enum OutageEnding
{
    /// <summary>Still locked when the run ended: its deletion deadline is ahead (or the run ended first).</summary>
    StillLocked,

    /// <summary>Access returned and the environment was re-enabled (LK-03).</summary>
    ReEnabled,

    /// <summary>Deleted with its data at the deadline (LK-02).</summary>
    Deleted,

    /// <summary>An admin deleted it before the deadline (EN-02): its data is gone on purpose, not lost.</summary>
    DeletedByAdmin,
}

/// <summary>
/// One environment offline: locked at <see cref="Start"/> under <see cref="Rule"/> (the lock's rule: EN-09, LK-01,
/// EN-08, KV-04 ...), until it was re-enabled, deleted, or the run ended. <see cref="LockPosition"/> is the lock's
/// journal position, the evidence its finding cites.
/// </summary>
public sealed record Outage(
    string Environment,
    string Rule,
    string? Policy,
    string? Region,
    DateTimeOffset Start,
    DateTimeOffset End,
    OutageEnding Ending,
    DateTimeOffset Deadline,
    int LockPosition)
{
    public double Hours => (End - Start).TotalHours;

    /// <summary>For an environment still locked: what is left of its time before deletion (negative when overdue).</summary>
    public TimeSpan LeftBeforeDeletion => Deadline - End;
}
