using CmkSim.Tests.Support;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Runs a mutant through the real <c>cmksim run &lt;mutant&gt; --out &lt;sandbox&gt;/out</c>: it must exit 0, 1 or 2
/// within the bound, change nothing outside --out (nor the user's files inside it), and leave no token folder in TMPDIR.
/// </summary>
public static class RunOracle
{
    public const string Where = "run process";

    public static async Task<Outcome> CheckAsync(Mutant mutant)
    {
        using var sandbox = new RunSandbox();
        var path = mutant.WriteTo(sandbox.Scenarios, sandbox.Root);
        var before = sandbox.Snapshot();
        var result = await CmkSimProcess.RunAsync(sandbox.Root, sandbox.Temp, FuzzSettings.ProcessBound, "run", path, "--out", sandbox.Out);
        var differences = RunSandbox.Differences(before, sandbox.Snapshot());
        var tokens = sandbox.LeftoverTokens();
        var unescaped = Unescaped(sandbox.Out);
        if ((result.Output + result.Error).Contains('\u001b'))
        {
            unescaped.Add("raw ESC on the terminal");
        }

        var problems = new List<(OutcomeKind Kind, string Text)>();
        if (result.TimedOut)
        {
            problems.Add((OutcomeKind.Hang, $"cmksim run did not exit within {FuzzSettings.ProcessBound.TotalSeconds:0} s (killed)"));
        }
        else if (ProcessValidateOracle.IsCrash(result))
        {
            problems.Add((OutcomeKind.Crash, $"exit {result.ExitCode}: {Outcome.FirstLine(StackOrError(result.Error))}"));
        }

        if (differences.Count > 0)
        {
            problems.Add((OutcomeKind.WroteOutside, $"outside --out or a user's file: {string.Join(", ", differences.Take(4))}{(differences.Count > 4 ? $" (+{differences.Count - 4} more)" : string.Empty)}"));
        }

        if (tokens.Count > 0 && !result.TimedOut)
        {
            problems.Add((OutcomeKind.WroteOutside, $"token folder left in TMPDIR: {string.Join(", ", tokens)}"));
        }

        if (unescaped.Count > 0)
        {
            problems.Add((OutcomeKind.Unescaped, string.Join(", ", unescaped.Take(4))));
        }

        if (!result.TimedOut && result.ExitCode != 2 && mutant.MustRefuse is { } reason)
        {
            problems.Add((OutcomeKind.AcceptedHostile, $"exit {result.ExitCode} although it has {reason}"));
        }

        if (problems.Count > 0)
        {
            return new Outcome(mutant, problems.Min(p => p.Kind), Where, $"exit {(result.TimedOut ? "none" : result.ExitCode)}; {string.Join("; ", problems.Select(p => p.Text))}");
        }

        return new Outcome(mutant, result.ExitCode == 2 ? OutcomeKind.Refused : OutcomeKind.Loaded, Where,
            $"exit {result.ExitCode}: {Outcome.FirstLine(result.ExitCode == 2 ? result.Error : result.Output)}");
    }

    /// <summary>
    /// Report files holding a hostile name raw where it is live: the sample's script tag in Markdown, HTML or XML
    /// (JSON quotes it harmlessly), its <c>a|b</c> unescaped in a Markdown table row (GFM splits the cell there, even
    /// inside a code span), or an ESC character in any text file (plots are binary).
    /// </summary>
    private static List<string> Unescaped(string output)
    {
        if (!Directory.Exists(output))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => TextFiles.Contains(Path.GetExtension(f))))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(output, file);
            if (Path.GetExtension(file) is ".md" or ".html" or ".xml" && text.Contains(ScriptTag, StringComparison.Ordinal))
            {
                found.Add($"raw {ScriptTag} in out/{name}");
            }

            if (Path.GetExtension(file) == ".md" && text.Split('\n').Any(line => line.StartsWith('|') && line.Contains(PipeName, StringComparison.Ordinal)))
            {
                found.Add($"raw '|' of {PipeName} splits a table row in out/{name}");
            }

            if (text.Contains('\u001b'))
            {
                found.Add($"raw ESC in out/{name}");
            }
        }

        return found;
    }

    private const string ScriptTag = "<script>alert(1)</script>";
    private const string PipeName = "a|b";
    private static readonly string[] TextFiles = [".md", ".html", ".xml", ".txt", ".json", ".jsonl", ".csv", ".svg"];

    /// <summary>The exception line of a stack trace, rather than a log line printed before it.</summary>
    private static string StackOrError(string error) =>
        error.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? error;
}
