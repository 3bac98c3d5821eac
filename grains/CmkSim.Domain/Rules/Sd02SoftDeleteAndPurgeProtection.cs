using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule SD-02: "Soft delete and purge protection are what let a deleted key be restored." Advisory: a person
/// purging a key or a vault (not its retention ending) destroys what could have been recovered.
/// </summary>
[RuleHome(RuleId.SD02)]
public static class Sd02SoftDeleteAndPurgeProtection
{
    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance Guidance = new(
        "Key or vault purged",
        "A purged key or vault can never be recovered: every environment and backup encrypted with it is unreadable for good.",
        "Turn purge protection on for every vault that holds a customer key, and restrict the purge permission to break-glass accounts.");

    /// <summary>The finding: a person purged a key or a whole vault. Evidence: the purge.</summary>
    [ChecksFinding(RuleId.SD02)]
    public static IEnumerable<Finding> Check(JournalIndex journal) =>
        journal.All<JournalEvent>()
            .Where(x => x.Event is KeyPurged { RetentionElapsed: false } or VaultPurged { RetentionElapsed: false })
            .Select(x => new Finding(RuleId.SD02, FindingSeverity.Medium, x.Event.Time, x.Event.Target,
                $"'{x.Event.Actor}' purged {(x.Event is VaultPurged ? "a vault and every key in it" : "a key")}: without purge protection a malicious or accidental deletion can't be undone",
                [x.Position], Guidance));

    /// <summary>
    /// A key's delete, recover or purge its lifecycle does not allow: the rule of the machine's guard that holds it
    /// (purge protection), else SD-02's soft-delete lifecycle.
    /// </summary>
    /// <param name="heldBy">The rule of the machine's unmet guard, if one holds the transition.</param>
    /// <param name="purgeProtectionHolds">Whether that guard is purge protection.</param>
    [Enforces(RuleId.SD02)]
    public static Decision KeyLifecycleRefusal(string trigger, string keyState, string? heldBy, bool purgeProtectionHolds) =>
        Decision.Refuse(heldBy ?? RuleId.SD02, purgeProtectionHolds
            ? "purge protection is on: a deleted key can't be purged before its retention ends"
            : $"can't {trigger.ToLowerInvariant()} a key that is {keyState}");

    /// <summary>Creating a key under a name that is taken: a soft-deleted key keeps its name for recovery; a live one
    /// gets new versions by rotation (EN-07).</summary>
    [Enforces(RuleId.SD02)]
    [Enforces(RuleId.EN07)]
    public static Decision? KeyNameTakenRefusal(string name, bool taken, bool live) => taken
        ? Decision.Refuse(live ? RuleId.EN07 : RuleId.SD02, $"key '{name}' already exists (or is soft-deleted)")
        : null;

    /// <summary>Recovering or purging a vault that is not soft-deleted.</summary>
    /// <param name="verb">"recover" or "purge".</param>
    [Enforces(RuleId.SD02)]
    public static Decision NoDeletedVaultRefusal(string vault, string verb) => Decision.Refuse(RuleId.SD02, $"no deleted vault '{vault}' to {verb}");

    /// <summary>Purging a soft-deleted vault while its purge protection holds it (the machine's guard names the rule).</summary>
    [Enforces(RuleId.SD02)]
    public static Decision VaultPurgeHeldRefusal(string heldBy) =>
        Decision.Refuse(heldBy, "purge protection is on: the vault can't be purged before its retention ends");

    /// <summary>Any call to a soft-deleted vault: it answers again only once recovered.</summary>
    [Enforces(RuleId.SD02)]
    public static Decision DeletedVaultRefusal(string vault) => Decision.Refuse(RuleId.SD02, $"vault '{vault}' not found (deleted)");
}
