using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-05: "After removal, the key, the vault and the policy's key permissions must stay for 30 days (database
/// restoration needs them)." Advisory: removing any of them sooner is allowed, and the compliance report raises it.
/// </summary>
[RuleHome(RuleId.EN05)]
public static class En05KeyAccessAfterRemoval
{
    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance Guidance = new(
        "Key access removed too soon after an environment left its policy",
        "Restores of the environment's older backups need its former key, vault and permissions for 30 days; without them those backups can't be restored.",
        "Keep the former key, its vault and the policy identity's permissions for 30 days after an environment leaves the policy.");

    /// <summary>How long after an environment leaves its policy its former key, vault and permissions must stay.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>
    /// The finding: within <see cref="KeptFor"/> of an environment leaving its policy, its former key or vault was
    /// deleted or its identity's role removed (restores of its older backups need them).
    /// </summary>
    [ChecksFinding(RuleId.EN05)]
    public static IEnumerable<Finding> Check(JournalIndex journal)
    {
        // The removals a revert can meet, by vault in journal order: one pass over the journal, not one per revert
        // (a load run reverts thousands of environments over millions of events).
        var removals = journal.All<JournalEvent>().Where(x => VaultRemovedFrom(x.Event) is not null)
            .ToLookup(x => VaultRemovedFrom(x.Event)!, StringComparer.Ordinal);
        foreach (var (position, reverted) in journal.All<EnvironmentReverted>())
        {
            var removed = removals[reverted.FormerVault].FirstOrDefault(x => x.Event.Time >= reverted.Time && x.Event.Time < reverted.Time + KeptFor
                && x.Event switch
                {
                    KeyDeleted d => d.Key == reverted.FormerKey,
                    VaultDeleted => true,
                    RoleRemoved r => r.Principal == reverted.FormerIdentity,
                    _ => false,
                });
            if (removed.Event is not null)
            {
                yield return new Finding(RuleId.EN05, FindingSeverity.High, removed.Event.Time, reverted.Target,
                    $"{removed.Event.Operation} on '{removed.Event.Target}' less than {KeptFor.TotalDays:0} days after the environment left its policy: restores of its backups need that key",
                    [position, removed.Position], Guidance);
            }
        }
    }

    /// <summary>The vault a key deletion, vault deletion or role removal takes something from; null for other events.</summary>
    private static string? VaultRemovedFrom(JournalEvent e) => e switch
    {
        KeyDeleted d => d.Vault,
        VaultDeleted d => d.Vault,
        RoleRemoved r => r.Vault,
        _ => null,
    };
}
