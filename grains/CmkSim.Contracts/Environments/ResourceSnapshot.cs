using CmkSim.Domain.Data;
using CmkSim.Domain.Environments;

namespace CmkSim.Contracts.Environments;

/// <summary>
/// One storage resource as a backup keeps it: its records and its data key, still wrapped by the key version that
/// wrapped it when the backup was taken (whoever restores it needs that version).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ResourceSnapshot(
    [property: Id(0)] StorageResource Resource,
    [property: Id(1)] WrappedDataKey DataKey,
    [property: Id(2)] IReadOnlyDictionary<string, EncryptedRecord> Records,
    [property: Id(3)] string StoreId);
