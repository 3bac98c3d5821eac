namespace CmkSim.Contracts.Data;

/// <summary>
/// What an environment's record store keeps at rest. Mutable, as Orleans grain state is:
/// the owning grain persists it through <c>IPersistentState</c>.
/// </summary>
[GenerateSerializer]
public sealed class EncryptedRecordStoreState
{
    [Id(0)] public WrappedDataKey? DataKey { get; set; }

    [Id(1)] public Dictionary<string, EncryptedRecord> Records { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The database the records are bound to (their associated data). Null means the owning environment's own; a
    /// restore or copy brings the source's database, and its id, along.
    /// </summary>
    [Id(2)] public string? DatabaseId { get; set; }
}
