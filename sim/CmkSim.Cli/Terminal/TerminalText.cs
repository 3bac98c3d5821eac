using System.Globalization;
using System.Text;

namespace CmkSim.Cli.Terminal;

/// <summary>
/// Text from input (names, descriptions, messages, paths) made safe to print: control characters, which could
/// drive the terminal (ESC sequences, CSI, carriage returns that overwrite a line), and the bidirectional overrides
/// that reorder what is shown are printed as <c>\x1b</c> / <c>\u202e</c> instead.
/// </summary>
public static class TerminalText
{
    /// <summary>Every control character escaped, line breaks and tabs included: for one field of a line.</summary>
    public static string Safe(string? text) => Escape(text, keep: _ => false);

    /// <summary>Like <see cref="Safe"/> but keeps line feeds and tabs: for whole lines and messages written through the console.</summary>
    public static string SafeLines(string? text) => Escape(text, keep: c => c is '\n' or '\t');

    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f' or '\u061c';

    private static string Escape(string? text, Func<char, bool> keep)
    {
        text ??= string.Empty;
        if (!text.Any(c => IsUnsafe(c) && !keep(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            safe.Append(!IsUnsafe(c) || keep(c) ? c.ToString()
                : c <= 0xFF ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return safe.ToString();
    }
}
