namespace CmkSim.Tests.Fuzz;

public enum OutcomeKind
{
    /// <summary>Valid: loaded (in-process) or exit 0/1 (process).</summary>
    Loaded,

    /// <summary>Refused with every error at file:line:column (exit 2).</summary>
    Refused,

    /// <summary>Any other exception, an exit code other than 0/1/2, or a stack trace.</summary>
    Crash,

    /// <summary>Did not finish within the bound.</summary>
    Hang,

    /// <summary>A run changed, deleted or created something outside its --out, deleted a user's file, or left a token directory.</summary>
    WroteOutside,

    /// <summary>A run wrote a hostile name raw where it is live: an HTML tag in Markdown/HTML/XML, an escape sequence in any report file.</summary>
    Unescaped,

    /// <summary>Refused, but an error has no real file:line:column.</summary>
    BadLocation,

    /// <summary>Loaded although issue 8 says validation must refuse it (see <see cref="Mutation.MustRefuse"/>).</summary>
    AcceptedHostile,

}

/// <summary>What one mutant did, where it was checked (in-process, validate process, run process) and the first error.</summary>
public sealed record Outcome(Mutant Mutant, OutcomeKind Kind, string Where, string Detail, int? Environments = null)
{
    public bool IsFailure => Kind is not (OutcomeKind.Loaded or OutcomeKind.Refused);

    public static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        var shown = line.Length > 300 ? line[..300] + "…" : line;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
