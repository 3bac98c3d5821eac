using System.Text.RegularExpressions;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// Where product code (sim/, grains/) cites a rule: by its constant (<c>Decision.Refuse(RuleId.LK03, ...)</c>, a finding,
/// an audit entry) or by reading its home (<c>En08PreviousKeyVersion.KeptFor</c>, outside the home's own file). Comments
/// don't count; neither do the catalogue's own declarations nor the link attributes, which the index already lists as
/// homes, guards and finding checks.
/// </summary>
internal static class SourceCitations
{
    private static readonly string[] Declarations = ["grains/CmkSim.Domain/Rules/RuleId.cs", "grains/CmkSim.Domain/Rules/RuleCatalog.cs"];

    private static readonly Regex LinkAttributeBefore = new(@"\b(?:RuleHome|Enforces|ChecksFinding)(?:Attribute)?\s*\(\s*$", RegexOptions.CultureInvariant);

    /// <param name="homes">Each rule home's class name with its rule and its file.</param>
    public static Dictionary<string, List<SourceLine>> Scan(string root, IReadOnlyDictionary<string, (string Rule, string File)> homes)
    {
        var homeName = homes.Count == 0 ? null
            : new Regex(@"\b(?<h>" + string.Join('|', homes.Keys.Order(StringComparer.Ordinal).Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        var cited = new Dictionary<string, List<SourceLine>>(StringComparer.Ordinal);
        foreach (var folder in new[] { "grains", "sim" })
        {
            foreach (var (relative, full) in RepoFiles.Under(root, folder, "*.cs", SearchOption.AllDirectories))
            {
                if (Declarations.Contains(relative, StringComparer.Ordinal))
                {
                    continue;
                }

                var code = CSharpText.Mask(File.ReadAllText(full)).Code;
                foreach (Match m in RuleIdText.Constant.Matches(code))
                {
                    if (RuleIdText.OfConstant(m.Groups["c"].Value) is { } id && !LinkAttributeBefore.IsMatch(code[Math.Max(0, m.Index - 64)..m.Index]))
                    {
                        Add(cited, id, new SourceLine(relative, CSharpText.LineOf(code, m.Index)));
                    }
                }

                foreach (Match m in homeName?.Matches(code) ?? Enumerable.Empty<Match>())
                {
                    var (id, homeFile) = homes[m.Groups["h"].Value];
                    if (relative != homeFile)
                    {
                        Add(cited, id, new SourceLine(relative, CSharpText.LineOf(code, m.Index)));
                    }
                }
            }
        }

        return cited;
    }

    private static void Add(Dictionary<string, List<SourceLine>> cited, string id, SourceLine at)
    {
        var list = cited.TryGetValue(id, out var existing) ? existing : cited[id] = [];
        if (!list.Contains(at))
        {
            list.Add(at);
        }
    }
}
