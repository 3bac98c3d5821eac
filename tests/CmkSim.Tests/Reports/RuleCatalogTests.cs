using System.Text.RegularExpressions;
using CmkSim.Reports.Controls;

namespace CmkSim.Tests.Reports;

public sealed class RuleCatalogTests
{
    [Fact]
    public void The_catalogue_has_the_ids_and_kinds_of_cmk_rules_md()
    {
        var document = File.ReadAllLines(FindRules());
        var rows = document
            .Select(line => Regex.Match(line, @"^\|\s*([A-Z]{2}-\d{2})\s*\|\s*([^|]+?)\s*\|"))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Kind: m.Groups[2].Value))
            .ToList();

        Assert.Equal(37, rows.Count);
        Assert.Equal(rows, RuleCatalog.All.Select(r => (r.Id, Kind: r.KindText)).ToList());
        Assert.All(RuleCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
    }

    private static string FindRules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "..", "shared", "cmk-rules.md"), Path.Combine(dir.FullName, "shared", "cmk-rules.md") })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new FileNotFoundException(
            $"shared/cmk-rules.md not found above {AppContext.BaseDirectory} (looked for <dir>/../shared/cmk-rules.md and <dir>/shared/cmk-rules.md); " +
            "the rule catalogue test needs the project's shared folder next to the repository.");
    }
}
