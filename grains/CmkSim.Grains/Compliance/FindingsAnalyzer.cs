using CmkSim.Domain.Audit;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;

namespace CmkSim.Grains.Compliance;

/// <summary>
/// Derives compliance findings from the run's audit log alone (ordered by time), so a report's findings can be
/// traced to the entries that prove them: <see cref="Finding.Evidence"/> holds their indexes in the log.
/// </summary>
public static class FindingsAnalyzer
{
    public static IReadOnlyList<Finding> Analyze(IReadOnlyList<AuditEntry> log)
    {
        var findings = new List<Finding>();
        findings.AddRange(SeparationOfDuty(log));
        findings.AddRange(KeyKeptAfterRemoval(log));
        findings.AddRange(PreviousVersionKept(log));
        for (var i = 0; i < log.Count; i++)
        {
            var e = log[i];
            if (e.Action == "purgeKey" && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal) && e.Actor != "key-vault")
            {
                findings.Add(new Finding(RuleId.SD02, FindingSeverity.Medium, e.Time, e.Target,
                    $"'{e.Actor}' purged a key: without purge protection a malicious or accidental deletion can't be undone", [i]));
            }

            if (e.Action == "deleteLockedEnvironment")
            {
                findings.Add(new Finding(RuleId.LK02, FindingSeverity.Critical, e.Time, e.Target,
                    "a locked environment was deleted because access to its key was not restored in time: its data is lost", [i]));
            }
        }

        return findings.OrderBy(f => f.Time).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList();
    }

    /// <summary>SD-01: one person is both a Power Platform admin and a key vault manager.</summary>
    private static IEnumerable<Finding> SeparationOfDuty(IReadOnlyList<AuditEntry> log)
    {
        var admins = Indexes(log, e => e.Action == "addUser" && e.Outcome.Contains("Administrator", StringComparison.Ordinal))
            .GroupBy(i => log[i].Target["user/".Length..]).ToDictionary(g => g.Key, g => g.First());
        var vaultActions = new HashSet<string> { "createKeyVault", "createKey", "assignRole", "removeRole", "setAccessPolicy", "deleteKey", "disableKeyVersion" };
        foreach (var (user, adminEntry) in admins.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var managed = Indexes(log, e => e.Actor == user && vaultActions.Contains(e.Action) && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)).FirstOrDefault(-1);
            if (managed >= 0)
            {
                yield return new Finding(RuleId.SD01, FindingSeverity.High, log[managed].Time, $"user/{user}",
                    $"'{user}' is a Power Platform admin and also manages key vault '{log[managed].Target.Split('/')[0]}': one person can encrypt environments and then revoke the key",
                    [adminEntry, managed]);
            }
        }
    }

    /// <summary>EN-05: the key, vault and permissions must stay <see cref="En05KeyAccessAfterRemoval.KeptFor"/> after an environment leaves its policy.</summary>
    private static IEnumerable<Finding> KeyKeptAfterRemoval(IReadOnlyList<AuditEntry> log)
    {
        foreach (var removal in Indexes(log, e => e.Action == "revertEnvironment" && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)))
        {
            var key = log[removal].Outcome.Split("key=").ElementAtOrDefault(1)?.Split(' ')[0];
            if (key is null)
            {
                continue;
            }

            var vault = key.Split('/')[0];
            var identity = log[removal].Outcome.Split("identity=").ElementAtOrDefault(1)?.Split(' ')[0];
            var removedTooSoon = Indexes(log, e => e.Time >= log[removal].Time && e.Time < log[removal].Time + En05KeyAccessAfterRemoval.KeptFor
                && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)
                && ((e.Action == "deleteKey" && e.Target == key) || (e.Action == "deleteKeyVault" && e.Target.StartsWith(vault + "/", StringComparison.Ordinal))
                    || (e.Action == "removeRole" && identity is not null && e.Target.StartsWith($"{vault}/{identity}:", StringComparison.Ordinal)))).FirstOrDefault(-1);
            if (removedTooSoon >= 0)
            {
                yield return new Finding(RuleId.EN05, FindingSeverity.High, log[removedTooSoon].Time, log[removal].Target,
                    $"{log[removedTooSoon].Action} on '{log[removedTooSoon].Target}' less than {En05KeyAccessAfterRemoval.KeptFor.TotalDays:0} days after the environment left its policy: restores of its backups need that key",
                    [removal, removedTooSoon]);
            }
        }
    }

    /// <summary>
    /// EN-08: a previous version of a rotated key disabled or deleted less than <see cref="En08PreviousKeyVersion.KeptFor"/>
    /// after the rotation, counted from the rotation. Evidence: the rotation, the disable or delete, the backups whose
    /// data keys that version wraps (they can't be restored while it is gone) and the environments it took offline.
    /// </summary>
    private static IEnumerable<Finding> PreviousVersionKept(IReadOnlyList<AuditEntry> log)
    {
        var rotations = Indexes(log, e => e.Action == "rotateKey" && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)).ToList();
        foreach (var rotation in rotations)
        {
            var parts = log[rotation].Target.Split('/'); // vault/key/version
            var (vault, key, version) = (parts[0], parts[1], parts[2]);
            var keyUri = new KeyVersionId(vault, key, "").Uri; // ".../keys/<key>/": every version of the key
            // Versions later rotations made are not "previous" to this one.
            var later = rotations.Where(r => r > rotation && log[r].Target.StartsWith($"{vault}/{key}/", StringComparison.Ordinal))
                .Select(r => log[r].Target.Split('/')[2]).ToHashSet(StringComparer.Ordinal);
            var tooSoon = Indexes(log, e => e.Time >= log[rotation].Time && e.Time < log[rotation].Time + En08PreviousKeyVersion.KeptFor
                && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)
                && ((e.Action == "disableKeyVersion" && e.Target.StartsWith($"{vault}/{keyUri}", StringComparison.Ordinal)
                        && e.Target[(vault.Length + 1 + keyUri.Length)..] is var disabled && disabled != version && !later.Contains(disabled))
                    || (e.Action == "deleteKey" && e.Target == $"{vault}/{key}"))).FirstOrDefault(-1);
            if (tooSoon < 0)
            {
                continue;
            }

            var gone = log[tooSoon].Action == "deleteKey" ? keyUri : log[tooSoon].Target[(vault.Length + 1)..]; // a version's URI, or the key's prefix
            var backups = Indexes(log, e => e.Action == "backup" && e.Time <= log[tooSoon].Time
                && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal) && e.Outcome.Contains(gone, StringComparison.Ordinal)).ToList();
            var offline = Indexes(log, e => e.Action == "lockEnvironment" && e.Time == log[tooSoon].Time
                && e.Outcome.Contains(gone, StringComparison.Ordinal)).ToList();
            var days = (log[tooSoon].Time - log[rotation].Time).TotalDays;
            yield return new Finding(RuleId.EN08, FindingSeverity.High, log[tooSoon].Time, $"{vault}/{key}",
                $"a previous version was {(log[tooSoon].Action == "deleteKey" ? "deleted with the key" : "disabled")} {days:0.#} days after rotation ({En08PreviousKeyVersion.KeptFor.TotalDays:0} are needed): "
                + $"{backups.Count} backup(s) wrapped by it can't be restored and {offline.Count} environment(s) went offline",
                [rotation, tooSoon, .. backups, .. offline]);
        }
    }

    private static IEnumerable<int> Indexes(IReadOnlyList<AuditEntry> log, Func<AuditEntry, bool> match) =>
        Enumerable.Range(0, log.Count).Where(i => match(log[i]));
}
