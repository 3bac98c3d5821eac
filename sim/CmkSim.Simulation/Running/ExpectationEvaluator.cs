using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Concurrency;
using CmkSim.Domain.Environments;
using CmkSim.Engine.Time;
using CmkSim.Grains.Environments;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using CmkSim.Simulation.Actions;

namespace CmkSim.Simulation.Running;

/// <summary>Checks expectations against the grains, reading records for real when readability is claimed.</summary>
internal sealed partial class ExpectationEvaluator(IGrainFactory grains, EnvironmentViews views, int inFlight = 1)
{
    public async Task<ExpectationOutcome> CheckAsync(int index, EnvironmentExpectation e, DateTimeOffset at)
    {
        // Every view at once (cached ones are not fetched again), then each environment's own reads side by side:
        // they touch only its grain and read shared state, so the misses, kept in name order, are the same at any degree.
        var names = e.Environments.Names;
        var viewList = await views.GetAsync(names);
        var missesOf = await InFlightInOrder.RunAsync(Enumerable.Range(0, names.Count).ToList(), inFlight,
            i => MissesAsync(e, names[i], viewList[i]));
        var satisfied = 0;
        string? firstMiss = null;
        for (var i = 0; i < names.Count; i++)
        {
            if (missesOf[i].Count == 0)
            {
                satisfied++;
            }
            else
            {
                firstMiss ??= $"{names[i]}: {string.Join("; ", missesOf[i])}";
            }
        }

        var needed = e.Count ?? e.Environments.Names.Count;
        var passed = e.Count is null ? satisfied == needed : satisfied >= needed;
        var detail = $"{satisfied} of {e.Environments.Names.Count} environments as expected (needed {needed})" + (firstMiss is null ? "" : $"; first difference: {firstMiss}");
        return new ExpectationOutcome(index, Describe(e), at, passed, detail, null, (int)e.Location.Line);
    }

    /// <summary>How one environment differs from what the expectation claims; empty when it is as expected.</summary>
    private async Task<List<string>> MissesAsync(EnvironmentExpectation e, string name, EnvironmentView view)
    {
        var env = grains.Reference<IEnvironmentGrain>(name);
        var misses = new List<string>();
        Compare(misses, "status", e.Status?.ToString(), view.Status.ToString());
        Compare(misses, "encryption", e.Encryption?.ToString(), view.Encryption.ToString());
        Compare(misses, "keyManagedBy", e.KeyManagedBy?.ToString(), view.KeyManagedBy);
        Compare(misses, "dataLost", e.DataLost?.ToString(), view.DataLost.ToString());
        Exact(misses, "records", e.Records, view.Records);
        Compare(misses, "policy", e.Policy, view.Policy ?? EnvironmentExpectation.NoPolicy, exact: true);
        if (e.Readable is not null || e.ReadableRecords is not null)
        {
            var read = await env.ReadRecordsAsync(ReservedActors.Platform);
            var readable = read.Unreadable == 0 && read.Failure is null && read.Readable == view.Records && view.Status != EnvironmentStatus.Deleted;
            Compare(misses, "readable", e.Readable?.ToString(), $"{readable} ({read.Readable} of {read.Readable + read.Unreadable} records{(read.Failure is null ? "" : $": {read.Failure}")})");
            Exact(misses, "readableRecords", e.ReadableRecords, view.Status == EnvironmentStatus.Deleted ? 0 : read.Readable);
        }

        if (e.KeyVersion is { } version)
        {
            var actual = e.Resource is { } resource ? await KeyVersionOf(env, resource) : await KeyVersionOf(env, view);
            if (!actual.Matches(version))
            {
                misses.Add($"{(e.Resource is { } r ? $"{r} " : "")}keyVersion expected {version}, was {actual}");
            }
        }

        if (e.OperationStatus is { } status)
        {
            var latest = view.History.LastOrDefault(h => h.Operation == e.Operation);
            Compare(misses, "operationStatus", status.ToString(), latest is null ? $"no '{e.Operation}' in History" : $"{latest.Status} ({latest.Detail})");
        }

        return misses;
    }

    public static ExpectationOutcome Check(int index, RefusalExpectation e, IReadOnlyList<StepOutcome?> steps)
    {
        var outcome = steps[e.Step - 1];
        var text = e.Refused ? $"step {e.Step} is refused{(e.RuleId is null ? "" : $" citing {e.RuleId}")}" : $"step {e.Step} succeeds";
        var passed = e.Refused
            ? outcome is { Accepted: false } && (e.RuleId is null || outcome.RuleId == e.RuleId)
            : outcome is { Accepted: true };
        var detail = outcome is null ? "the step did not run" : $"{(outcome.Accepted ? "accepted" : "refused")}{(outcome.RuleId is null ? "" : $" ({outcome.RuleId})")}: {outcome.Message}";
        return new ExpectationOutcome(index, text, null, passed, detail, e.RuleId, (int)e.Location.Line);
    }

    /// <param name="start">The run's start, from which the finding's window counts.</param>
    public static ExpectationOutcome Check(int index, FindingExpectation e, IReadOnlyList<Finding> findings, DateTimeOffset start)
    {
        var matching = findings.Where(f => f.RuleId == e.RuleId
            && (e.Subject is null || Glob.Matches(e.Subject, f.Subject))
            && (e.From is null || f.Time >= start + e.From.Value)
            && (e.To is null || f.Time <= start + e.To.Value)).ToList();
        var passed = e.Absent ? matching.Count == 0 : e.Count is { } n ? matching.Count == n : matching.Count > 0;
        var detail = matching.Count == 0
            ? $"no such {e.RuleId} finding; findings raised: {(findings.Count == 0 ? "none" : string.Join(", ", findings.GroupBy(f => f.RuleId).Select(g => $"{g.Key} ×{g.Count()}")))}"
            : $"{matching.Count} such finding(s), the first at {SimDuration.Format(matching[0].Time - start)} about {matching[0].Subject}: {matching[0].Message}";
        return new ExpectationOutcome(index, Describe(e), null, passed, detail, e.RuleId, (int)e.Location.Line);
    }

    /// <summary>Either-or: the alternatives' outcomes, already checked, combined; it holds when one of them does.</summary>
    public static ExpectationOutcome Combine(int index, AnyOfExpectation e, IReadOnlyList<ExpectationOutcome> alternatives)
    {
        var passed = alternatives.Any(a => a.Passed);
        var text = "either " + string.Join(" or ", alternatives.Select(a => a.Text));
        var detail = string.Join(" | ", alternatives.Select((a, i) => $"{i + 1}: {(a.Passed ? "held" : "failed")}: {a.Detail}"));
        return new ExpectationOutcome(index, text, null, passed, detail, alternatives.FirstOrDefault(a => a.Passed)?.RuleId, (int)e.Location.Line);
    }

    /// <summary>A backup's data keys, as its <c>BackupTaken</c> event recorded them, against the key version claimed.</summary>
    public async Task<ExpectationOutcome> CheckAsync(int index, BackupExpectation e, DateTimeOffset at, RunRegistry registry)
    {
        var text = $"at {SimDuration.Format(e.At)}: backup {e.Backup} on key version {e.KeyVersion}";
        var taken = registry.Backups.TryGetValue(e.Backup, out var environment)
            ? (await grains.Reference<IEnvironmentGrain>(environment).GetJournalAsync()).OfType<CmkSim.Domain.Journal.BackupTaken>().LastOrDefault(b => b.Backup == e.Backup)
            : null;
        if (taken is null)
        {
            return new ExpectationOutcome(index, text, at, false, $"no backup named '{e.Backup}' has been taken", null, (int)e.Location.Line);
        }

        var misses = new List<string>();
        foreach (var key in taken.Keys)
        {
            var fact = await KeyVersionOf(key.WrappedBy);
            if (!fact.Matches(e.KeyVersion))
            {
                misses.Add($"{key.Resource}: {fact}");
            }
        }

        var detail = misses.Count == 0
            ? $"all {taken.Keys.Count} data keys of '{e.Backup}' (of {environment}) as expected"
            : $"{misses.Count} of {taken.Keys.Count} data keys differ: {string.Join("; ", misses)}";
        return new ExpectationOutcome(index, text, at, misses.Count == 0, detail, null, (int)e.Location.Line);
    }

    /// <summary>The number of a key version within its key; a platform (Microsoft-managed or BYOK) key counts as microsoft.</summary>
    private async Task<KeyVersionFact> KeyVersionOf(CmkSim.Domain.Keys.KeyVersionId id)
    {
        if (id.Vault is PlatformVaults.Microsoft or PlatformVaults.Byok)
        {
            return KeyVersionFact.Microsoft;
        }

        var versions = (await grains.Reference<CmkSim.Contracts.Vaults.IKeyVaultGrain>(id.Vault).GetVersionsAsync(id.Name)).ToList();
        return new KeyVersionFact(versions.FindIndex(v => v.Id.Version == id.Version) + 1, versions.Count);
    }

    /// <summary>The version number of the customer key that wraps the environment's data key, or why there is none.</summary>
    private async Task<KeyVersionFact> KeyVersionOf(IEnvironmentGrain env, EnvironmentView view)
    {
        if (await env.CustomerKeyAsync() is not { } key || view.KeyVersion is not { } version)
        {
            return KeyVersionFact.Microsoft;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var versions = await grains.Reference<CmkSim.Contracts.Vaults.IKeyVaultGrain>(key[..slash]).GetVersionsAsync(key[(slash + 1)..]);
        var index = versions.ToList().FindIndex(v => v.Id.Version == version);
        return new KeyVersionFact(index + 1, versions.Count);
    }

    private static void Exact(List<string> misses, string field, int? wanted, int actual)
    {
        if (wanted is { } n && n != actual)
        {
            misses.Add($"{field} expected {n}, was {actual}");
        }
    }

    /// <param name="exact">The whole value must match (a name), not only its first word (a status with its detail).</param>
    private static void Compare(List<string> misses, string field, string? wanted, string actual, bool exact = false)
    {
        if (wanted is not null && !(exact ? actual.Equals(wanted, StringComparison.Ordinal) : actual.StartsWith(wanted, StringComparison.Ordinal)))
        {
            misses.Add($"{field} expected {wanted}, was {actual}");
        }
    }

    private static string Describe(EnvironmentExpectation e)
    {
        var parts = new List<string>();
        if (e.Status is { } s) parts.Add($"status {s}");
        if (e.Encryption is { } enc) parts.Add($"encryption {enc}");
        if (e.KeyManagedBy is { } k) parts.Add($"keyManagedBy {k}");
        if (e.Readable is { } r) parts.Add(r ? "readable" : "not readable");
        if (e.DataLost is { } d) parts.Add(d ? "data lost" : "data not lost");
        if (e.Records is { } records) parts.Add($"{records} records");
        if (e.ReadableRecords is { } readable) parts.Add($"{readable} readable records");
        if (e.KeyVersion is { } version) parts.Add($"{(e.Resource is { } resource ? $"{resource} on " : "")}key version {version}");
        if (e.OperationStatus is { } status) parts.Add($"'{e.Operation}' {status}");
        if (e.Policy is { } policy) parts.Add(policy == EnvironmentExpectation.NoPolicy ? "linked to no policy" : $"linked to policy {policy}");
        var count = e.Count is { } c ? $"at least {c} of " : "";
        return $"at {SimDuration.Format(e.At)}: {count}{e.Environments} {string.Join(", ", parts)}";
    }

    private static string Describe(FindingExpectation e)
    {
        var pinned = (e.Subject is null ? "" : $" about {e.Subject}") + (e.From is null && e.To is null ? "" :
            $" between {(e.From is { } f ? SimDuration.Format(f) : "the start")} and {(e.To is { } t ? SimDuration.Format(t) : "the end")}");
        return e.Absent ? $"the run raises no {e.RuleId} finding{pinned}"
            : e.Count is { } n ? $"the run raises exactly {n} {e.RuleId} finding(s){pinned}"
            : $"the run raises a {e.RuleId} finding{pinned}";
    }
}
