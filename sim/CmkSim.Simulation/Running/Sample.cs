namespace CmkSim.Simulation.Running;

/// <summary>
/// The state of every environment at one simulated time, aggregated. Readable records count those of enabled
/// environments; expectations check readability by really decrypting.
/// </summary>
public sealed record Sample(
    DateTimeOffset Time,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByEncryption,
    IReadOnlyDictionary<string, int> ByKeyVersion,
    long ReadableRecords,
    long UnreadableRecords,
    int HsmOperations);
