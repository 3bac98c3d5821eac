namespace CmkSim.Reports.Model;

/// <summary>
/// Counts across all environments at one simulated instant. <see cref="HsmOperations"/> counts the HSM operations
/// since the previous sample, so summing samples gives the run's total.
/// </summary>
public sealed record TimelineSample(
    DateTimeOffset Time,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByEncryption,
    IReadOnlyDictionary<string, int> ByKeyVersion,
    long ReadableRecords,
    long UnreadableRecords,
    int HsmOperations);
