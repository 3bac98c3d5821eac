using CmkSim.Contracts.Data;

namespace CmkSim.Contracts.Environments;

/// <summary>
/// Encrypted data as a backup keeps it: the records and the data key, still wrapped by the key version that wrapped
/// it when the snapshot was taken. Whoever restores it needs that version.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DataSnapshot(
    [property: Id(0)] string SourceEnvironment,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset Taken,
    [property: Id(3)] WrappedDataKey DataKey,
    [property: Id(4)] IReadOnlyDictionary<string, EncryptedRecord> Records,
    [property: Id(5)] string? CustomerKey,
    [property: Id(6)] string? Policy,
    [property: Id(7)] string DatabaseId);
