using CmkSim.Domain.Environments;
namespace CmkSim.Contracts.Environments;

/// <summary>An entry of the environment's history, e.g. "Update Customer Managed Key": Running, then Succeeded or Failed.</summary>
[GenerateSerializer, Immutable]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset Started,
    [property: Id(1)] string Operation,
    [property: Id(2)] OperationStatus Status,
    [property: Id(3)] DateTimeOffset? Ended,
    [property: Id(4)] string Detail);
