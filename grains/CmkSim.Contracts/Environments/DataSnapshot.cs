using CmkSim.Domain.Environments;
namespace CmkSim.Contracts.Environments;

/// <summary>
/// Encrypted data as a backup (or a copy) takes it: every storage resource with its records and its data key, still
/// wrapped by the key version that wrapped it when the snapshot was taken. Whoever restores it needs those versions.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DataSnapshot(
    [property: Id(0)] string SourceEnvironment,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset Taken,
    [property: Id(5)] string? CustomerKey,
    [property: Id(6)] string? Policy,
    [property: Id(8)] IReadOnlyList<ResourceSnapshot> Resources)
{
    // Ids 3, 4 and 7 held the single data key, records and database id before each resource had its own.

    /// <summary>The Dataverse database's part: the records a restore brings back.</summary>
    public ResourceSnapshot Database => Resources.First(r => r.Resource == StorageResource.Database);
}
