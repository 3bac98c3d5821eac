using System.Text;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Counts what the mutants did and describes every failure (seed, index, mutations, first error); failing mutants are
/// written to a folder of their own so each can be replayed with <c>cmksim validate</c> / <c>cmksim run</c>, or with
/// <c>CMKSIM_FUZZ_SEED</c> + <c>CMKSIM_FUZZ_ONLY</c>.
/// </summary>
public sealed class FuzzReport(FuzzSettings settings, string title)
{
    private readonly List<Outcome> outcomes = [];
    private readonly List<Mutant> skipped = [];
    private readonly List<string> notes = [];

    public IReadOnlyList<Outcome> Failures => outcomes.Where(o => o.IsFailure).ToList();

    public void Add(Outcome outcome)
    {
        lock (outcomes)
        {
            outcomes.Add(outcome);
        }
    }

    /// <summary>Not tried: after several hangs, further in-process mutants would only pile up spinning threads.</summary>
    public void Skip(Mutant mutant) => skipped.Add(mutant);

    /// <summary>A line for the summary (phase timings).</summary>
    public void Note(string note) => notes.Add(note);

    /// <summary>Also list the mutants that passed (for the short run sample).</summary>
    public bool ListAll { get; init; }

    public string Summary(TimeSpan elapsed, string? failureFolder)
    {
        var text = new StringBuilder();
        int Count(OutcomeKind kind) => outcomes.Count(o => o.Kind == kind);
        var where = string.Join(", ", outcomes.GroupBy(o => o.Where).Select(g => $"{g.Count()} {g.Key}"));
        text.AppendLine($"fuzz {title}: seed {settings.Seed}, {outcomes.Count} mutants tried ({where}) in {elapsed.TotalSeconds:0.0} s"
            + (skipped.Count > 0 ? $", {skipped.Count} skipped after repeated hangs" : string.Empty));
        text.AppendLine($"  loaded / exit 0-1 {Count(OutcomeKind.Loaded)}, exit 2 with location {Count(OutcomeKind.Refused)}, crashes {Count(OutcomeKind.Crash)}, "
            + $"hangs {Count(OutcomeKind.Hang)}, bad locations {Count(OutcomeKind.BadLocation)}, accepted though hostile {Count(OutcomeKind.AcceptedHostile)}, "
            + $"wrote outside --out {Count(OutcomeKind.WroteOutside)}, unescaped in reports {Count(OutcomeKind.Unescaped)}");
        notes.ForEach(note => text.AppendLine("  " + note));
        foreach (var passed in outcomes.Where(o => ListAll && !o.IsFailure).OrderBy(o => o.Mutant.Index))
        {
            text.AppendLine($"  ok {passed.Kind} [{passed.Where}] {passed.Mutant.Describe()}: {passed.Detail}");
        }

        foreach (var failure in outcomes.Where(o => o.IsFailure).OrderBy(o => o.Kind).ThenBy(o => o.Mutant.Index))
        {
            text.AppendLine($"  {failure.Kind} [{failure.Where}] seed {settings.Seed} {failure.Mutant.Describe()}");
            text.AppendLine($"      {failure.Detail}");
        }

        if (failureFolder is not null)
        {
            text.AppendLine($"  failing mutants: {failureFolder} (replay one: CMKSIM_FUZZ_SEED={settings.Seed} CMKSIM_FUZZ_ONLY=<index>)");
        }

        return text.ToString();
    }

    /// <summary>Writes every failing mutant to m&lt;index&gt;/ (scenario, templates/, why.txt); null when none failed.</summary>
    public string? WriteFailures()
    {
        var failures = Failures;
        if (failures.Count == 0)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory($"cmksim-fuzz-failures-{title}-seed{settings.Seed}-").FullName;
        foreach (var failure in failures)
        {
            var mutantFolder = Path.Combine(folder, $"m{failure.Mutant.Index:D4}");
            var path = failure.Mutant.WriteTo(mutantFolder, folder);
            File.WriteAllText(Path.Combine(mutantFolder, "why.txt"),
                $"""
                seed {settings.Seed}, mutant {failure.Mutant.Index}, checked by {failure.Where}
                {failure.Mutant.Describe()}
                {failure.Kind}: {failure.Detail}
                replay: cmksim validate {path}   (or: CMKSIM_FUZZ_SEED={settings.Seed} CMKSIM_FUZZ_ONLY={failure.Mutant.Index} dotnet test --filter FullyQualifiedName~Fuzz)

                """);
        }

        return folder;
    }
}
