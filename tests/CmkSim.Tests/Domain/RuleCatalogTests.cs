using System.Reflection;
using CmkSim.Domain.Rules;

namespace CmkSim.Tests.Domain;

/// <summary>The code's catalogue must say what <c>shared/cmk-rules.md</c> says: same IDs, same kinds, same sources.</summary>
public sealed class RuleCatalogTests
{
    private static readonly Dictionary<string, RuleKind> Kinds = new(StringComparer.Ordinal)
    {
        ["enforced"] = RuleKind.Enforced,
        ["consequence"] = RuleKind.Consequence,
        ["advisory"] = RuleKind.Advisory,
        ["consequence + advisory"] = RuleKind.ConsequenceAndAdvisory,
    };

    [Fact]
    public void Catalog_has_exactly_the_documents_ids_and_kinds_in_its_order()
    {
        var documented = ReadDocument();

        Assert.NotEmpty(documented);
        Assert.Equal(documented.Select(r => (r.Id, r.Kind)), RuleCatalog.All.Select(r => (r.Id, r.Kind)));
    }

    [Fact]
    public void Catalog_names_the_documents_source_for_each_rule()
    {
        var documented = ReadDocument().ToDictionary(r => r.Id, r => r.Source);

        Assert.All(RuleCatalog.All, rule => Assert.Equal(documented[rule.Id], rule.Source));
    }

    [Fact]
    public void Every_RuleId_constant_is_in_the_catalog_and_every_rule_has_a_constant()
    {
        var constants = typeof(RuleId).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        Assert.Equal(constants, RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_has_a_summary()
    {
        Assert.All(RuleCatalog.All, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Summary), rule.Id));
    }

    [Fact]
    public void Get_finds_a_rule_by_id_and_refuses_an_unknown_one()
    {
        Assert.Equal(RuleKind.ConsequenceAndAdvisory, RuleCatalog.Get("EN-08").Kind);
        Assert.Equal("Field definitions for JSON template", RuleCatalog.Get(RuleId.EP02).Source);
        Assert.True(RuleCatalog.TryGet("LK-03", out var lk03) && lk03.Kind == RuleKind.Enforced);
        Assert.False(RuleCatalog.TryGet("XX-01", out _));
        Assert.Contains("XX-01", Assert.Throws<KeyNotFoundException>(() => RuleCatalog.Get("XX-01")).Message);
    }

    // Rows are "| id | kind | rule | source |"; a source of "same" repeats the row above's.
    private static List<Rule> ReadDocument()
    {
        var rules = new List<Rule>();
        foreach (var line in File.ReadLines(SharedDocs.RulesPath))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 4 || !System.Text.RegularExpressions.Regex.IsMatch(cells[0], @"^[A-Z]{2}-\d{2}$"))
            {
                continue;
            }

            Assert.True(Kinds.TryGetValue(cells[1], out var kind), $"{cells[0]}: unknown kind '{cells[1]}' in {SharedDocs.RulesPath}");
            var source = cells[^1] == "same" ? rules[^1].Source : cells[^1];
            rules.Add(new Rule(cells[0], kind, string.Join("|", cells[2..^1]), source));
        }

        return rules;
    }
}
