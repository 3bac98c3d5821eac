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
}
