using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Engine.Time;
using CmkSim.Reports.Model;
using CmkSim.Scenarios.Model;

namespace CmkSim.Simulation.Running;

/// <summary>The checks a runbook rehearsal adds: a resource's key version, an operation's status, the posture at the end.</summary>
internal sealed partial class ExpectationEvaluator
{
    /// <summary>The version that wraps one storage resource's data key (EN-07: each moves on its own time).</summary>
    private async Task<KeyVersionFact> KeyVersionOf(IEnvironmentGrain env, StorageResource resource) =>
        (await env.ResourceKeysAsync()).FirstOrDefault(k => k.Resource == resource) is { } key
            ? await KeyVersionOf(key.WrappedBy)
            : KeyVersionFact.Microsoft;

    /// <summary>
    /// An operation's status as polling it shows: done once accepted when it spans no environment; otherwise Running while
    /// any environment's entries (the first <see cref="RunbookOperation.Phases"/> History entries since it started) run,
    /// then Failed if any failed, else Succeeded.
    /// </summary>
    public async Task<ExpectationOutcome> CheckAsync(int index, OperationExpectation e, DateTimeOffset at, RunRegistry registry)
    {
        var text = $"at {SimDuration.Format(e.At)}: operation {e.Operation} {e.Status}";
        if (!registry.Operations.TryGetValue(e.Operation, out var operation))
        {
            return new ExpectationOutcome(index, text, at, false, $"no operation '{e.Operation}' has been accepted (its step has not run yet, or was refused)", null, (int)e.Location.Line);
        }

        var states = new List<(string Environment, OperationStatus Status, string Detail)>();
        foreach (var name in operation.Environments)
        {
            states.Add(await StatusOf(name, operation, registry));
        }

        var status = states.Any(s => s.Status == OperationStatus.Running) ? OperationStatus.Running
            : states.Any(s => s.Status == OperationStatus.Failed) ? OperationStatus.Failed
            : OperationStatus.Succeeded;
        var counts = string.Join(", ", states.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        var example = states.FirstOrDefault(s => s.Status == status);
        var detail = operation.Environments.Count == 0
            ? $"{status}: accepted at {SimDuration.Format(operation.Started - (at - e.At))}"
            : $"{status} ({counts} of {states.Count} environments){(example.Environment is null ? "" : $"; {example.Environment}: {example.Detail}")}";
        return new ExpectationOutcome(index, text, at, status == e.Status, detail, null, (int)e.Location.Line);
    }

    private async Task<(string, OperationStatus, string)> StatusOf(string environment, RunbookOperation operation, RunRegistry registry)
    {
        var entries = (await grains.Reference<IEnvironmentGrain>(environment).GetAsync()).History
            .Where(h => h.Started >= operation.Started && h.Operation == HistoryOperations.UpdateCustomerManagedKey).Take(operation.Phases).ToList();
        var swap = operation.Phases > 1 && registry.Swaps.TryGetValue(environment, out var s) && s.Started == operation.Started ? s : null;
        var failure = swap?.Failure ?? entries.FirstOrDefault(h => h.Status == OperationStatus.Failed)?.Detail;
        if (failure is not null)
        {
            return (environment, OperationStatus.Failed, failure);
        }

        return entries.Count < operation.Phases || entries.Any(h => h.Status == OperationStatus.Running)
            ? (environment, OperationStatus.Running, entries.LastOrDefault()?.Detail ?? "not started")
            : (environment, OperationStatus.Succeeded, entries[^1].Detail);
    }

    /// <summary>The posture facts of the whole run, from its journal as the report's second verdict reads them.</summary>
    public static ExpectationOutcome Check(int index, PostureExpectation e, IReadOnlyList<JournalEvent> journal, IReadOnlyList<Finding> findings, DateTimeOffset end)
    {
        var impact = ImpactFigures.From(journal, end);
        var posture = Posture.From(impact, findings);
        var actual = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [PostureFacts.EnvironmentHoursOffline] = impact.EnvironmentHours,
            [PostureFacts.EnvironmentsOffline] = impact.EnvironmentsOffline,
            [PostureFacts.EnvironmentsWithDataLost] = impact.DataLost.Count,
            [PostureFacts.BackupsUnrestorable] = impact.UnrestorableBackups.Count,
        };
        var misses = e.Facts.Where(f => !f.Holds(actual[f.Fact])).Select(f => $"{f.Fact} was {PostureBound.Text(actual[f.Fact])}").ToList();
        var verdict = posture.Level switch { PostureLevel.DataLost => PostureVerdict.DataLost, PostureLevel.AtRisk => PostureVerdict.AtRisk, _ => PostureVerdict.Sound };
        if (e.Verdict is { } wanted && wanted != verdict)
        {
            misses.Add($"verdict was {verdict} ({posture.Headline})");
        }

        var text = "posture: " + string.Join(", ", e.Facts.Select(f => f.ToString()).Concat(e.Verdict is { } v ? [$"verdict {v}"] : []));
        var detail = (misses.Count == 0 ? "as expected: " : string.Join("; ", misses) + "; ") + posture.Sentence;
        return new ExpectationOutcome(index, text, null, misses.Count == 0, detail, null, (int)e.Location.Line);
    }
}
