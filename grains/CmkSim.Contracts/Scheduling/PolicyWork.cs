using CmkSim.Contracts.Policies;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;

namespace CmkSim.Contracts.Scheduling;

/// <summary>A vault tells a subscribed enterprise policy that access to its keys changed.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyAccessChangedNotice(
    [property: Id(0)] string Policy,
    [property: Id(1)] EventId Cause) : ScheduledWork
{
    public override string Kind => "key access changed";

    public override Task RunAsync(IGrainFactory grains) => grains.Reference<IEnterprisePolicyGrain>(Policy).OnKeyAccessChangedAsync(Cause);
}

/// <summary>A vault tells a subscribed enterprise policy that one of its keys has a new version.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyRotatedNotice(
    [property: Id(0)] string Policy,
    [property: Id(1)] KeyVersionId Version,
    [property: Id(2)] EventId Cause) : ScheduledWork
{
    public override string Kind => "key rotated";

    public override Task RunAsync(IGrainFactory grains) => grains.Reference<IEnterprisePolicyGrain>(Policy).OnKeyRotatedAsync(Version, Cause);
}
