using CmkSim.Contracts.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Engine.Time;
using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Actions;

namespace CmkSim.Simulation.Running;

/// <summary>Checks expectations against the grains, reading records for real when readability is claimed.</summary>
internal sealed class ExpectationEvaluator(IGrainFactory grains)
{
    public async Task<ExpectationOutcome> CheckAsync(int index, EnvironmentExpectation e, DateTimeOffset at)
    {
        var satisfied = 0;
        string? firstMiss = null;
        foreach (var name in e.Environments.Names)
        {
            var env = grains.GetGrain<IEnvironmentGrain>(name);
            var view = await env.GetAsync();
            var misses = new List<string>();
            Compare(misses, "status", e.Status?.ToString(), view.Status.ToString());
            Compare(misses, "encryption", e.Encryption?.ToString(), view.Encryption.ToString());
            Compare(misses, "keyManagedBy", e.KeyManagedBy?.ToString(), view.KeyManagedBy);
            Compare(misses, "dataLost", e.DataLost?.ToString(), view.DataLost.ToString());
            if (e.Readable is { } wanted)
            {
                var read = await env.ReadRecordsAsync(ReservedActors.Platform);
                var readable = read.Unreadable == 0 && read.Failure is null && read.Readable == view.Records && view.Status != EnvironmentStatus.Deleted;
                Compare(misses, "readable", wanted.ToString(), $"{readable} ({read.Readable} of {read.Readable + read.Unreadable} records{(read.Failure is null ? "" : $": {read.Failure}")})");
            }

            if (misses.Count == 0)
            {
                satisfied++;
            }
            else
            {
                firstMiss ??= $"{name}: {string.Join("; ", misses)}";
            }
        }

        var needed = e.Count ?? e.Environments.Names.Count;
        var passed = e.Count is null ? satisfied == needed : satisfied >= needed;
        var detail = $"{satisfied} of {e.Environments.Names.Count} environments as expected (needed {needed})" + (firstMiss is null ? "" : $"; first difference: {firstMiss}");
        return new ExpectationOutcome(index, Describe(e), at, passed, detail, null, (int)e.Location.Line);
    }

    public static ExpectationOutcome Check(int index, RefusalExpectation e, IReadOnlyList<StepOutcome?> steps)
    {
        var outcome = steps[e.Step - 1];
        var text = $"step {e.Step} is refused{(e.RuleId is null ? "" : $" citing {e.RuleId}")}";
        var passed = outcome is { Accepted: false } && (e.RuleId is null || outcome.RuleId == e.RuleId);
        var detail = outcome is null ? "the step did not run" : $"{(outcome.Accepted ? "accepted" : "refused")}{(outcome.RuleId is null ? "" : $" ({outcome.RuleId})")}: {outcome.Message}";
        return new ExpectationOutcome(index, text, null, passed, detail, e.RuleId, (int)e.Location.Line);
    }

    public static ExpectationOutcome Check(int index, FindingExpectation e, IReadOnlyList<Finding> findings)
    {
        var matching = findings.Where(f => f.RuleId == e.RuleId).ToList();
        var detail = matching.Count == 0 ? $"no {e.RuleId} finding; findings raised: {(findings.Count == 0 ? "none" : string.Join(", ", findings.Select(f => f.RuleId).Distinct()))}" : $"{matching.Count} finding(s): {matching[0].Message}";
        return new ExpectationOutcome(index, $"the run raises a {e.RuleId} finding", null, matching.Count > 0, detail, e.RuleId, (int)e.Location.Line);
    }

    private static void Compare(List<string> misses, string field, string? wanted, string actual)
    {
        if (wanted is not null && !actual.StartsWith(wanted, StringComparison.Ordinal))
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
        var count = e.Count is { } c ? $"at least {c} of " : "";
        return $"at {SimDuration.Format(e.At)}: {count}{e.Environments} {string.Join(", ", parts)}";
    }
}
