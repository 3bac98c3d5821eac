using System.Globalization;
using System.Text;

namespace CmkSim.Reports.Writers;

/// <summary>
/// Markdown helpers. Text from a scenario (names, descriptions, messages) is untrusted: '&amp;', '&lt;' and '&gt;'
/// become entities so no HTML tag is live; '\', '|', '[', ']' and '`' are backslash-escaped so a cell can't split a
/// table row, open a link or image, or start a code span; control characters are shown as \xNN.
/// </summary>
public static class Md
{
    /// <summary>One table cell (or link text): all of the above, and line breaks become spaces.</summary>
    public static string Cell(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>Running text such as a description: the same escaping, line breaks kept.</summary>
    public static string Text(string? text) => Escape(text, keepLineBreaks: true);

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
                '\\' or '|' or '[' or ']' or '`' => "\\" + c,
                '\n' => keepLineBreaks ? "\n" : " ",
                '\r' or '\t' => " ",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return md.ToString();
    }
}
