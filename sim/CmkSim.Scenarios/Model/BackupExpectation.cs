namespace CmkSim.Scenarios.Model;

/// <summary>
/// At a virtual time, the backup named <see cref="Backup"/> (taken by a step) keeps every resource's data key wrapped
/// by <see cref="KeyVersion"/> of its customer key: <c>current</c>, <c>previous</c>, a 1-based number, or
/// <c>microsoft</c> (no customer key). It answers "which backups still need version 1 if it is disabled?".
/// </summary>
public sealed record BackupExpectation(SourceLocation Location, TimeSpan At, string Backup, string KeyVersion) : Expectation(Location);
