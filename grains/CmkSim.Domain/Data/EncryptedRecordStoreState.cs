namespace CmkSim.Domain.Data;

/// <summary>
/// What an environment's record store keeps at rest. Mutable, as Orleans grain state is:
/// the owning grain persists it through <c>IPersistentState</c>.
/// </summary>
public sealed class EncryptedRecordStoreState
{
    public WrappedDataKey? DataKey { get; set; }

    public Dictionary<string, EncryptedRecord> Records { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The database the records are bound to (their associated data). Null means the owning environment's own; a
    /// restore or copy brings the source's database, and its id, along.
    /// </summary>
    public string? DatabaseId { get; set; }
}
