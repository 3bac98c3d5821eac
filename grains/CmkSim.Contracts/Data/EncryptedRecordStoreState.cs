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
}
