using CmkSim.Contracts.Environments;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;

namespace CmkSim.Contracts.Scheduling;

/// <summary>A lifecycle timer of an environment (encryption, revert, re-enable, lock expiry) falls due.</summary>
[GenerateSerializer, Immutable]
public sealed record EnvironmentOperationDue(
    [property: Id(0)] string Environment,
    [property: Id(1)] EnvironmentOperation Operation,
    [property: Id(2)] int Ticket,
    [property: Id(3)] EventId? Cause) : ScheduledWork
{
    public override string Kind => Operation.ToString();

    public override Task RunAsync(IGrainFactory grains) =>
        grains.Reference<IEnvironmentGrain>(Environment).OnOperationDueAsync(Operation, Ticket, Cause);
}

/// <summary>An environment checks its key access after its policy's key changed (each in its own event).</summary>
[GenerateSerializer, Immutable]
public sealed record KeyAccessCheck(
    [property: Id(0)] string Environment,
    [property: Id(1)] EventId? Cause) : ScheduledWork
{
    public override string Kind => "check key access";

    public override Task RunAsync(IGrainFactory grains) => grains.Reference<IEnvironmentGrain>(Environment).CheckKeyAccessAsync(Cause);
}

/// <summary>EN-07: one storage resource of an environment applies a new key version at its seeded time.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyVersionRollOut(
    [property: Id(0)] string Environment,
    [property: Id(1)] KeyVersionId Version,
    [property: Id(2)] StorageResource Resource,
    [property: Id(3)] EventId Cause) : ScheduledWork
{
    public override string Kind => $"key version roll-out: {Resource}";

    public override Task RunAsync(IGrainFactory grains) =>
        grains.Reference<IEnvironmentGrain>(Environment).RollOutKeyVersionAsync(Version, Resource, Cause);
}

/// <summary>A throttled (or faulted) environment operation runs again after its back-off.</summary>
/// <param name="Operation">The operation's tally name, e.g. <c>rollOut/Dataverse</c>.</param>
/// <param name="Again">The call that runs it again.</param>
[GenerateSerializer, Immutable]
public sealed record EnvironmentRetry(
    [property: Id(0)] string Operation,
    [property: Id(1)] ScheduledWork Again) : ScheduledWork
{
    public override string Kind => $"{Operation} retry";

    public override Task RunAsync(IGrainFactory grains) => Again.RunAsync(grains);
}
