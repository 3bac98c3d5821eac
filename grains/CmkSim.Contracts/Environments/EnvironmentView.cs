using CmkSim.Domain.Environments;
namespace CmkSim.Contracts.Environments;

/// <summary>What the admin center's "Environments with policies" view shows of one environment, plus the data facts.</summary>
[GenerateSerializer, Immutable]
public sealed record EnvironmentView(
    [property: Id(0)] string Name,
    [property: Id(1)] EnvironmentType Type,
    [property: Id(2)] EnvironmentStatus Status,
    [property: Id(3)] EncryptionStatus Encryption,
    [property: Id(4)] EncryptionOwner Owner,
    [property: Id(5)] string? Policy,
    [property: Id(6)] string? KeyVersion,
    [property: Id(7)] int Records,
    [property: Id(8)] bool DataLost,
    [property: Id(9)] IReadOnlyList<HistoryEntry> History)
{
    /// <summary><c>protectionStatus.keyManagedBy</c>.</summary>
    public string KeyManagedBy => Owner == EncryptionOwner.CustomerManaged ? "Customer" : "Microsoft";
}
