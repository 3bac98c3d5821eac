namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// YamlDotNet reports a tab used as indentation at the start of the mapping (often 1:1), not at the tab. This finds
/// the first tab in a line's leading whitespace, so the error points where the fix is.
/// </summary>
internal static class TabIndentation
{
    public static (long Line, long Column)? Find(string yaml)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var text = lines[l];
            for (var c = 0; c < text.Length && text[c] is ' ' or '\t'; c++)
            {
                if (text[c] == '\t')
                {
                    return (l + 1, c + 1);
                }
            }
        }

        return null;
    }
}
