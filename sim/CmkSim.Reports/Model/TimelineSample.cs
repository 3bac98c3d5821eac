namespace CmkSim.Reports.Model;

/// <summary>
/// Counts across all environments at one simulated instant. <see cref="HsmOperations"/> counts the HSM operations
/// since the previous sample, so summing samples gives the run's total. <see cref="LostRecords"/> counts the records
/// of environments deleted with their data (LK-02) so far.
/// </summary>
public sealed record TimelineSample(
    DateTimeOffset Time,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByEncryption,
    IReadOnlyDictionary<string, int> ByKeyVersion,
    long ReadableRecords,
    long UnreadableRecords,
    int HsmOperations,
    long LostRecords = 0);
