namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// C# source with its comments (and, for <see cref="Masked.Code"/>, its string and character literals) blanked out,
/// every other character and every line break kept in place: braces then pair up as the compiler sees them, and a
/// match's index still gives its line. Enough lexing for the index (comments, regular, verbatim, interpolated and raw
/// strings, characters); not a parser.
/// </summary>
public static class CSharpText
{
    /// <param name="Code">Comments and literals blanked: for structure (types, methods, braces) and code references.</param>
    /// <param name="WithoutComments">Only comments blanked: for references that may sit in a string (<c>"EN-08"</c>).</param>
    public sealed record Masked(string Code, string WithoutComments);

    public static Masked Mask(string text)
    {
        var code = text.ToCharArray();
        var withoutComments = text.ToCharArray();
        var i = 0;
        while (i < text.Length)
        {
            if (CommentEnd(text, i) is var commentEnd and > 0)
            {
                Blank(code, i, commentEnd);
                Blank(withoutComments, i, commentEnd);
                i = commentEnd;
            }
            else if (LiteralEnd(text, i) is var literalEnd and > 0)
            {
                Blank(code, i, literalEnd);
                i = literalEnd;
            }
            else
            {
                i++;
            }
        }

        return new Masked(new string(code), new string(withoutComments));
    }

    /// <summary>The 1-based line of a character index.</summary>
    public static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static void Blank(char[] chars, int from, int to)
    {
        for (var i = from; i < to && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>The end (exclusive) of a comment starting at <paramref name="i"/>, or -1.</summary>
    private static int CommentEnd(string s, int i)
    {
        if (i + 1 >= s.Length || s[i] != '/')
        {
            return -1;
        }

        if (s[i + 1] == '/')
        {
            var newline = s.IndexOf('\n', i);
            return newline < 0 ? s.Length : newline;
        }

        if (s[i + 1] == '*')
        {
            var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + 2;
        }

        return -1;
    }

    /// <summary>The end (exclusive) of a string or character literal starting at <paramref name="i"/>, or -1.</summary>
    private static int LiteralEnd(string s, int i)
    {
        if (s[i] == '\'')
        {
            return CharEnd(s, i);
        }

        var j = i;
        var interpolated = false;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            interpolated |= s[j] == '$';
            verbatim |= s[j] == '@';
            j++;
        }

        if (j >= s.Length || s[j] != '"')
        {
            return -1;
        }

        var quotes = 0;
        while (j + quotes < s.Length && s[j + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3 && !verbatim)
        {
            // A raw string ends at the next run of as many quotes (its interpolations can't hold that run).
            var close = s.IndexOf(new string('"', quotes), j + quotes, StringComparison.Ordinal);
            if (close < 0)
            {
                return s.Length;
            }

            while (close + quotes < s.Length && s[close + quotes] == '"')
            {
                close++;
            }

            return close + quotes;
        }

        if (quotes == 2 && !verbatim)
        {
            return j + 2;
        }

        return QuotedEnd(s, j + 1, interpolated, verbatim);
    }

    private static int QuotedEnd(string s, int j, bool interpolated, bool verbatim)
    {
        while (j < s.Length)
        {
            var c = s[j];
            if (verbatim && c == '"')
            {
                if (j + 1 < s.Length && s[j + 1] == '"')
                {
                    j += 2;
                    continue;
                }

                return j + 1;
            }

            if (!verbatim)
            {
                if (c == '\\')
                {
                    j += 2;
                    continue;
                }

                if (c == '"')
                {
                    return j + 1;
                }

                if (c == '\n')
                {
                    return j; // unterminated: stop at the end of the line rather than swallow the file
                }
            }

            if (interpolated && c == '{')
            {
                if (j + 1 < s.Length && s[j + 1] == '{')
                {
                    j += 2;
                    continue;
                }

                j = HoleEnd(s, j + 1);
                continue;
            }

            j++;
        }

        return s.Length;
    }

    /// <summary>The end of an interpolation hole: code (with its own strings and comments) up to the matching brace.</summary>
    private static int HoleEnd(string s, int j)
    {
        var depth = 0;
        while (j < s.Length)
        {
            if (CommentEnd(s, j) is var commentEnd and > 0)
            {
                j = commentEnd;
                continue;
            }

            if (LiteralEnd(s, j) is var literalEnd and > 0)
            {
                j = literalEnd;
                continue;
            }

            if (s[j] == '{')
            {
                depth++;
            }
            else if (s[j] == '}')
            {
                if (depth == 0)
                {
                    return j + 1;
                }

                depth--;
            }

            j++;
        }

        return s.Length;
    }

    private static int CharEnd(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '\\')
        {
            j += 2;
        }
        else
        {
            j++;
        }

        while (j < s.Length && s[j] != '\'' && s[j] != '\n')
        {
            j++;
        }

        return j < s.Length && s[j] == '\'' ? j + 1 : j;
    }
}
