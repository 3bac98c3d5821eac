using System.Text.RegularExpressions;
using CmkSim.Scenarios;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Checks a host-risk mutant through the real <c>cmksim validate</c>: exit 0 or 2 (1 tolerated) without a stack
/// trace, within the bound, and on exit 2 every error line at a real file:line:column.
/// </summary>
public static partial class ProcessValidateOracle
{
    public const string Where = "validate process";

    public static async Task<Outcome> CheckAsync(Mutant mutant, string path, string temp)
    {
        var result = await CmkSimProcess.RunAsync(Path.GetDirectoryName(path)!, temp, FuzzSettings.ProcessBound, "validate", path);
        if (result.TimedOut)
        {
            return new Outcome(mutant, OutcomeKind.Hang, Where, $"cmksim validate did not exit within {FuzzSettings.ProcessBound.TotalSeconds:0} s (killed)");
        }

        if (IsCrash(result))
        {
            return new Outcome(mutant, OutcomeKind.Crash, Where, $"exit {result.ExitCode}: {Outcome.FirstLine(result.Error)}");
        }

        if (result.ExitCode != 2)
        {
            return mutant.MustRefuse is { } reason
                ? new Outcome(mutant, OutcomeKind.AcceptedHostile, Where, $"exit {result.ExitCode} although it has {reason}")
                : new Outcome(mutant, OutcomeKind.Loaded, Where, Outcome.FirstLine(result.Output));
        }

        var located = result.Error.Split('\n').Select(l => Located().Match(l)).Where(m => m.Success).ToList();
        var bad = located.FirstOrDefault(m => !ValidateOracle.IsReal(new SourceLocation(m.Groups["file"].Value, long.Parse(m.Groups["line"].Value), long.Parse(m.Groups["column"].Value))));
        return located.Count == 0 || bad is not null
            ? new Outcome(mutant, OutcomeKind.BadLocation, Where, Outcome.FirstLine(bad?.Value ?? result.Error))
            : new Outcome(mutant, OutcomeKind.Refused, Where, Outcome.FirstLine(result.Error));
    }

    /// <summary>An exit code other than 0, 1 or 2, or an unhandled exception's stack trace on any exit code.</summary>
    public static bool IsCrash(CmkSimProcess.Result result) =>
        result.ExitCode is not (0 or 1 or 2)
        || result.Error.Contains("Unhandled exception", StringComparison.Ordinal)
        || StackFrame().IsMatch(result.Error);

    [GeneratedRegex(@"^(?<file>/[^\n]*?):(?<line>-?\d+):(?<column>-?\d+): ")]
    private static partial Regex Located();

    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
