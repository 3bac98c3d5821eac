using System.Text.RegularExpressions;
using CmkSim.Reports.Controls;
using CmkSim.Tests.Domain;

namespace CmkSim.Tests.Reports;

public sealed class RuleCatalogTests
{
    [Fact]
    public void The_catalogue_has_the_ids_and_kinds_of_cmk_rules_md()
    {
        var document = File.ReadAllLines(SharedDocs.RulesPath);
        var rows = document
            .Select(line => Regex.Match(line, @"^\|\s*([A-Z]{2}-\d{2})\s*\|\s*([^|]+?)\s*\|"))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Kind: m.Groups[2].Value))
            .ToList();

        Assert.Equal(37, rows.Count);
        Assert.Equal(rows, RuleCatalog.All.Select(r => (r.Id, Kind: r.KindText)).ToList());
        Assert.All(RuleCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
    }
}
