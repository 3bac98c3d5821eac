using System.Text.RegularExpressions;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// The library scenarios (scenarios/*.yaml) that mention a rule's ID anywhere in their text (the header comment, a
/// <c>refused:</c> or <c>finding:</c> expectation), with the lines that do.
/// </summary>
internal static class ScenarioMentions
{
    public static Dictionary<string, List<ScenarioMention>> Scan(string root)
    {
        var mentioned = new Dictionary<string, List<ScenarioMention>>(StringComparer.Ordinal);
        foreach (var (relative, full) in RepoFiles.Under(root, "scenarios", "*.yaml", SearchOption.TopDirectoryOnly))
        {
            var lines = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            var number = 0;
            foreach (var line in File.ReadLines(full))
            {
                number++;
                foreach (Match m in RuleIdText.Id.Matches(line))
                {
                    if (RuleIdText.OfId(m.Groups["id"].Value) is { } id)
                    {
                        (lines.TryGetValue(id, out var set) ? set : lines[id] = []).Add(number);
                    }
                }
            }

            foreach (var (id, set) in lines)
            {
                (mentioned.TryGetValue(id, out var list) ? list : mentioned[id] = []).Add(new ScenarioMention(relative, set.ToList()));
            }
        }

        return mentioned;
    }
}
