using System.Globalization;
using System.Text;

namespace CmkSim.Reports.Writers;

/// <summary>
/// Markdown helpers. Text from a scenario (names, descriptions, messages) is untrusted: '&amp;', '&lt;' and '&gt;'
/// become entities so no HTML tag is live; '\', '|', '[', ']', '`', '*', '_' and '~' are backslash-escaped so a
/// cell can't split a table row, open a link or image, start a code span or emphasis; control characters are shown
/// as \xNN. A description, which may hold several lines, is shown as a code block (<see cref="Quoted"/>).
/// </summary>
public static class Md
{
    /// <summary>One table cell (or link text): all of the above, and line breaks become spaces.</summary>
    public static string Cell(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>Running text such as a description: the same escaping, line breaks kept.</summary>
    public static string Text(string? text) => Escape(text, keepLineBreaks: true);

    /// <summary>
    /// Untrusted running text (a scenario's description) as a fenced code block: nothing in it renders, so it can't
    /// draw a heading, a list or a "**Posture: SOUND**" of its own. The fence is longer than any run of backticks
    /// in the text, so the text can't close it; control characters are shown as \xNN as elsewhere.
    /// </summary>
    public static string Quoted(string? text)
    {
        var body = (text ?? string.Empty).Replace("\r\n", "\n").TrimEnd('\n');
        var shown = new StringBuilder(body.Length);
        foreach (var c in body)
        {
            shown.Append(c is not '\n' and not '\t' && (char.IsControl(c) || c is '\u2028' or '\u2029')
                ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                : c.ToString());
        }

        var longest = 0;
        for (var (i, run) = (0, 0); i < body.Length; i++)
        {
            run = body[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}text\n{shown}\n{fence}\n";
    }

    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |\n";

    public static string Head(params string[] headers) => Row(headers) + Row(headers.Select(_ => "---").ToArray());

    private static string Escape(string? text, bool keepLineBreaks)
    {
        var md = new StringBuilder((text ?? string.Empty).Length);
        foreach (var c in (text ?? string.Empty).Replace("\r\n", "\n"))
        {
            md.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\\' or '|' or '[' or ']' or '`' or '*' or '_' or '~' => "\\" + c,
                '\n' => keepLineBreaks ? "\n" : " ",
                '\r' or '\t' => " ",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return md.ToString();
    }
}
