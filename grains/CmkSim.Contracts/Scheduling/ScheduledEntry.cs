using CmkSim.Domain.Ports;

namespace CmkSim.Contracts.Scheduling;

/// <summary>One piece of scheduled work on its way from a silo to the run's engine, with everything the queue needs.</summary>
[GenerateSerializer, Immutable]
public sealed record ScheduledEntry(
    [property: Id(0)] DateTimeOffset Due,
    [property: Id(1)] string Owner,
    [property: Id(2)] ScheduledWork Work,
    [property: Id(3)] EventScope Scope);
