namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// YamlDotNet 16 throws a bare InvalidOperationException, without a position, when the text ends inside a
/// <c>{ }</c> or <c>[ ]</c>. This finds the outermost bracket left open (skipping quotes and comments), so the
/// error can point at it. A heuristic, used only for that case.
/// </summary>
internal static class UnclosedBracket
{
    public static (int Line, int Column)? Find(string yaml)
    {
        var open = new Stack<(int Line, int Column)>();
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        char? quote = null;
        for (var l = 0; l < lines.Length; l++)
        {
            var text = lines[l];
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (quote is { } q)
                {
                    quote = ch == q ? null : quote;
                }
                else if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || char.IsWhiteSpace(text[c - 1])))
                {
                    break;
                }
                else if (ch is '{' or '[')
                {
                    open.Push((l + 1, c + 1));
                }
                else if (ch is '}' or ']' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        return open.Count == 0 ? null : open.Last();
    }
}
