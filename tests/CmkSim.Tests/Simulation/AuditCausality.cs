using CmkSim.Domain.Audit;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// Causes before effects in a run's audit log: every environment lock is preceded, at its instant, by what caused it
/// (a key vault change the platform was told of, or the environment's own failed roll-out or revert), and no such
/// vault change at that instant comes after it.
/// </summary>
internal static class AuditCausality
{
    private static readonly HashSet<string> VaultCauses = new(StringComparer.Ordinal)
    {
        "removeRole", "setAccessPolicy", "disableKeyVersion", "deleteKey", "purgeKey", "deleteKeyVault", "setNetwork", "rotateKey",
    };

    private static readonly HashSet<string> OwnCauses = new(StringComparer.Ordinal) { "rollOutKeyVersion", "revertEnvironment" };

    /// <summary>One line per lock entry whose cause is missing or journaled after it; empty when the log reads forwards.</summary>
    public static IEnumerable<string> Violations(IReadOnlyList<AuditEntry> log)
    {
        for (var i = 0; i < log.Count; i++)
        {
            var lockEntry = log[i];
            if (lockEntry.Action != "lockEnvironment")
            {
                continue;
            }

            bool IsCause(AuditEntry e) => e.Time == lockEntry.Time
                && ((VaultCauses.Contains(e.Action) && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal))
                    || (OwnCauses.Contains(e.Action) && e.Target == lockEntry.Target && e.Outcome.StartsWith("Failed", StringComparison.Ordinal)));

            if (!log.Take(i).Any(IsCause))
            {
                yield return $"#{i} {lockEntry.Target} at {lockEntry.Time:O}: no cause journaled before it";
            }

            if (log.Skip(i + 1).FirstOrDefault(e => IsCause(e) && VaultCauses.Contains(e.Action)) is { } late)
            {
                yield return $"#{i} {lockEntry.Target} at {lockEntry.Time:O}: {late.Action} on {late.Target} journaled after it";
            }
        }
    }
}
