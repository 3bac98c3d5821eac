namespace CmkSim.Scenarios.Actions;

/// <summary>One environment's answer to reading all its records: how many decrypted, and why the rest did not (with the rule).</summary>
public sealed record RecordsRead(int Readable, int Unreadable, string? Failure, string? RuleId);
