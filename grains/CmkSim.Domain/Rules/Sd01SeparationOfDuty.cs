using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule SD-01: "A key vault admin should not also administer Power Platform": one person who can encrypt
/// environments with a key and then revoke that key can lock every environment on it (the malicious-admin risk).
/// Advisory: the platform allows it; the compliance report raises it.
/// </summary>
[RuleHome(RuleId.SD01)]
public static class Sd01SeparationOfDuty
{
    /// <summary>The finding type: its risk and what the tenant should change.</summary>
    public static readonly FindingGuidance Guidance = new(
        "Separation of duty",
        "One person who administers both the key vault and Power Platform can encrypt every environment with a key and then revoke it: all of them lock, and 7 or 30 days later their data is deleted.",
        "Separate the roles: key vault administration (Key Vault Administrator / Crypto Officer) and Power Platform administration go to different people; review both with Privileged Identity Management.");

    /// <summary>
    /// The finding: a user added with an admin role (Power Platform, Dynamics 365 or global) who also managed a key
    /// vault (created it or a key, changed who may use it, disabled or deleted a key). Evidence: both events.
    /// </summary>
    [ChecksFinding(RuleId.SD01)]
    public static IEnumerable<Finding> Check(JournalIndex journal)
    {
        var admins = journal.All<UserAdded>().Where(x => x.Event.Roles.Count > 0)
            .GroupBy(x => x.Event.User).Select(g => g.First()).OrderBy(x => x.Event.User, StringComparer.Ordinal);
        // Each actor's first vault-managing event, in one pass over the journal (not one pass per admin).
        var firstManaged = new Dictionary<string, (int Position, JournalEvent Event)>(StringComparer.Ordinal);
        foreach (var x in journal.All<JournalEvent>().Where(x => ManagesAVault(x.Event)))
        {
            firstManaged.TryAdd(x.Event.Actor, x);
        }

        foreach (var (position, admin) in admins)
        {
            if (firstManaged.TryGetValue(admin.User, out var managed))
            {
                var vault = managed.Event.Target.Split('/')[0];
                yield return new Finding(RuleId.SD01, FindingSeverity.High, managed.Event.Time, admin.Target,
                    $"'{admin.User}' is a Power Platform admin and also manages key vault '{vault}': one person can encrypt environments and then revoke the key",
                    [position, managed.Position], Guidance);
            }
        }
    }

    private static bool ManagesAVault(JournalEvent e) =>
        e is VaultCreated or KeyCreated or RoleAssigned or RoleRemoved or AccessPolicySet or KeyDeleted or KeyVersionDisabled;
}
