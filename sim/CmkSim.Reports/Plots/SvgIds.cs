using System.Text.RegularExpressions;

namespace CmkSim.Reports.Plots;

/// <summary>
/// Skia numbers SVG clip-path IDs from a counter shared by the whole process, so the same plot can come out with
/// different IDs, and two plots inlined in one page could clash. Renumbers them per plot, prefixed by its name.
/// </summary>
public static partial class SvgIds
{
    public static string Normalize(string svg, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
        {
            map.TryAdd(m.Groups[1].Value, $"{prefix}-{map.Count}");
        }

        return map.Count == 0 ? svg : Reference().Replace(svg, m =>
            map.TryGetValue(m.Groups[2].Value, out var id) ? m.Groups[1].Value + id + m.Groups[3].Value : m.Value);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\bid=\"|url\\(#|href=\"#)([^\")]+)([\")])")]
    private static partial Regex Reference();
}
