using CmkSim.Domain.Environments;
namespace CmkSim.Scenarios.Model;

/// <summary>
/// At a virtual time, the selected environments are in the given state. Unset properties are not checked.
/// <see cref="Count"/>: how many of the matched environments must satisfy it (null: all).
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
    int? Count) : Expectation(Location);
