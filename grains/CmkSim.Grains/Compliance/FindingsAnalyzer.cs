using CmkSim.Contracts.Audit;
using CmkSim.Contracts.Compliance;
using CmkSim.Contracts.Rules;

namespace CmkSim.Grains.Compliance;

/// <summary>
/// Derives compliance findings from the run's audit log alone (ordered by time), so a report's findings can be
/// traced to the entries that prove them: <see cref="Finding.Evidence"/> holds their indexes in the log.
/// </summary>
public static class FindingsAnalyzer
{
    private static readonly TimeSpan KeepAfterRemoval = TimeSpan.FromDays(30);   // EN-05
    private static readonly TimeSpan PreviousVersionWindow = TimeSpan.FromDays(28); // EN-08

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

    /// <summary>EN-05: the key, vault and permissions must stay for 30 days after an environment leaves its policy.</summary>
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
            var removedTooSoon = Indexes(log, e => e.Time >= log[removal].Time && e.Time < log[removal].Time + KeepAfterRemoval
                && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)
                && ((e.Action == "deleteKey" && e.Target == key) || (e.Action == "deleteKeyVault" && e.Target.StartsWith(vault + "/", StringComparison.Ordinal))
                    || (e.Action == "removeRole" && identity is not null && e.Target.StartsWith($"{vault}/{identity}:", StringComparison.Ordinal)))).FirstOrDefault(-1);
            if (removedTooSoon >= 0)
            {
                yield return new Finding(RuleId.EN05, FindingSeverity.High, log[removedTooSoon].Time, log[removal].Target,
                    $"{log[removedTooSoon].Action} on '{log[removedTooSoon].Target}' less than 30 days after the environment left its policy: restores of its backups need that key",
                    [removal, removedTooSoon]);
            }
        }
    }

    /// <summary>EN-08: the previous key version must stay enabled for 28 days after a rotation.</summary>
    private static IEnumerable<Finding> PreviousVersionKept(IReadOnlyList<AuditEntry> log)
    {
        foreach (var rotation in Indexes(log, e => e.Action == "rotateKey" && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)))
        {
            var parts = log[rotation].Target.Split('/'); // vault/key/version
            var keyPath = $"/keys/{parts[1]}/";
            var tooSoon = Indexes(log, e => e.Time >= log[rotation].Time && e.Time < log[rotation].Time + PreviousVersionWindow
                && e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)
                && ((e.Action == "disableKeyVersion" && e.Target.StartsWith(parts[0] + "/", StringComparison.Ordinal) && e.Target.Contains(keyPath, StringComparison.Ordinal) && !e.Target.EndsWith(parts[2], StringComparison.Ordinal))
                    || (e.Action == "deleteKey" && e.Target == $"{parts[0]}/{parts[1]}"))).FirstOrDefault(-1);
            if (tooSoon >= 0)
            {
                yield return new Finding(RuleId.EN08, FindingSeverity.High, log[tooSoon].Time, $"{parts[0]}/{parts[1]}",
                    $"a previous version was disabled or deleted {(log[tooSoon].Time - log[rotation].Time).TotalDays:0.#} days after rotation (28 are needed): environments may go offline and older backups can't be restored",
                    [rotation, tooSoon]);
            }
        }
    }

    private static IEnumerable<int> Indexes(IReadOnlyList<AuditEntry> log, Func<AuditEntry, bool> match) =>
        Enumerable.Range(0, log.Count).Where(i => match(log[i]));
}
