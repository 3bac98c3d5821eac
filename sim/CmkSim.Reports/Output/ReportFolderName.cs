using System.Text;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Output;

/// <summary>
/// A scenario's report folder is its name, used as one path segment directly under --out. The scenario grammar
/// (validated earlier) is stricter; this check stands on its own so a name that slipped past it cannot reach
/// outside --out or onto the run's own files.
/// </summary>
public static class ReportFolderName
{
    /// <summary>Most file systems store at most 255 bytes per name.</summary>
    public const int MaxBytes = 255;

    /// <summary>Prefix of the run's own working folders inside --out (staging); no scenario may start with it.</summary>
    public const string WorkPrefix = ".cmksim-";

    private static readonly string[] Reserved =
        [ReportFiles.IndexHtml, ReportFiles.IndexMarkdown, ReportFiles.IndexManifest, ReportFiles.IndexPlots];

    /// <summary>Why <paramref name="name"/> can't be a report folder, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "is empty: a report folder needs a name";
        }

        if (name is "." or "..")
        {
            return $"'{name}' is not a folder name (it means the current or parent folder)";
        }

        if (name.IndexOfAny(['/', '\\']) >= 0 || Path.IsPathRooted(name))
        {
            return "contains a path separator: the name becomes one folder under --out, not a path";
        }

        if (name.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            return "contains a control character";
        }

        if (name.StartsWith('.'))
        {
            return "starts with '.': report folders are not hidden (and '.cmksim-' is the run's own working prefix)";
        }

        if (name != name.Trim())
        {
            return "starts or ends with a space";
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxBytes)
        {
            return $"is {Encoding.UTF8.GetByteCount(name)} bytes in UTF-8; a folder name holds at most {MaxBytes}";
        }

        if (Reserved.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            return $"'{reserved}' is reserved for the run's index";
        }

        return null;
    }
}
