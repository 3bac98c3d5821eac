namespace CmkSim.Scenarios.Names;

/// <summary>
/// Characters that make text read otherwise than it is: control characters (terminal escapes, NUL, C1 such as NEL),
/// the line and paragraph separators (YAML breaks lines at U+0085, U+2028 and U+2029 where editors don't, so a step
/// can sit inside what reads as a comment), bidirectional controls (they reorder what is shown: "Trojan Source") and
/// zero-width characters (two texts that look the same are not). Refused anywhere in a scenario file and in its text
/// values, where YAML escapes such as "\u001b" could write them.
/// </summary>
public static class HiddenCharacters
{
    public static bool IsHidden(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary>The index of the first hidden character, or -1; newline and tab pass when <paramref name="lineBreaks"/> says so.</summary>
    public static int IndexOf(string text, bool lineBreaks = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHidden(text[i]) && !(lineBreaks && text[i] is '\n' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"U+202E (a bidirectional control)": what the character is, printable.</summary>
    public static string Describe(char c) => $"U+{(int)c:X4} ({c switch
    {
        '\u0085' or '\u2028' or '\u2029' => "a line break YAML counts and editors don't",
        _ when char.IsControl(c) => "a control character",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "a zero-width character",
        _ => "a bidirectional control",
    }})";

    /// <summary>
    /// 1-based line and column of the first hidden character of a file's text, lines counted as editors count them
    /// (at '\n'); tab, carriage return and a byte order mark at the start pass. Null when there is none.
    /// </summary>
    public static (int Line, int Column, char Character)? InFile(string text)
    {
        var (line, column) = (1, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, column) = (line + 1, 1);
                continue;
            }

            if (IsHidden(c) && c is not '\t' and not '\r' && !(c == '\uFEFF' && i == 0))
            {
                return (line, column, c);
            }

            column++;
        }

        return null;
    }
}
