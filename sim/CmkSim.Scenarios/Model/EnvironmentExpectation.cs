using CmkSim.Domain.Environments;
namespace CmkSim.Scenarios.Model;

/// <summary>
/// At a virtual time, the selected environments are in the given state. Unset properties are not checked.
/// <see cref="Count"/>: how many of the matched environments must satisfy it (null: all).
/// Record facts: <see cref="Records"/> is how many records the environment holds, <see cref="ReadableRecords"/> how
/// many of them read back. <see cref="KeyVersion"/>: the customer key version that wraps the environment's data key
/// (<c>current</c>, <c>previous</c>, a 1-based number, or <c>microsoft</c> for a Microsoft-managed key).
/// <see cref="Resource"/>: whose data key <see cref="KeyVersion"/> reads (null: the database's, as the admin center shows).
/// <see cref="Operation"/> / <see cref="OperationStatus"/>: the latest entry of that name in the environment's History.
/// <see cref="Policy"/>: the link status, the enterprise policy the environment is linked to (<see cref="NoPolicy"/>: none).
/// </summary>
public sealed record EnvironmentExpectation(
    SourceLocation Location,
    TimeSpan At,
    EnvironmentSelection Environments,
    EnvironmentStatus? Status,
    EncryptionStatus? Encryption,
    KeyManager? KeyManagedBy,
    bool? Readable,
    bool? DataLost,
    int? Count,
    int? Records = null,
    int? ReadableRecords = null,
    string? KeyVersion = null,
    string? Operation = null,
    OperationStatus? OperationStatus = null,
    StorageResource? Resource = null,
    string? Policy = null) : Expectation(Location)
{
    /// <summary>The <c>policy</c> value that says the environment is linked to no enterprise policy.</summary>
    public const string NoPolicy = "none";
}
