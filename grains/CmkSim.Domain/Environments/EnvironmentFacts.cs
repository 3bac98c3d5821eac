namespace CmkSim.Domain.Environments;

/// <summary>
/// What an environment knows about itself when it decides an admin operation: the facts its decisions read, taken
/// from its state at that moment. The grain gathers everything else (users, the policy, the vault) by calling out.
/// </summary>
/// <param name="Status">The status the admin center shows (refusals quote it).</param>
/// <param name="Active">Whether it is enabled: only then is it written, backed up, or the target of a restore, copy or reset.</param>
/// <param name="DataReadable">Whether its data can leave it (not locked or deleted: LK-02).</param>
/// <param name="DisabledRule">The rule that keeps it disabled, as its machine names it; null while it is active.</param>
/// <param name="Policy">The enterprise policy it is on, or null.</param>
/// <param name="CustomerKey">"vault/key" of its customer key, or null when its data is on Microsoft's key (or BYOK).</param>
public sealed record EnvironmentFacts(
    string Name,
    EnvironmentSpec? Spec,
    bool Managed,
    EnvironmentStatus Status,
    bool Active,
    bool DataReadable,
    string? DisabledRule,
    string? Policy,
    bool LastEncryptionFailed,
    EncryptionOwner Owner,
    string? CustomerKey);

/// <summary>A backup an environment holds under the name asked for: available, or deleted under a rule.</summary>
public sealed record BackupFacts(bool Available, string? DeletedUnder, string? DeletedBecause);
