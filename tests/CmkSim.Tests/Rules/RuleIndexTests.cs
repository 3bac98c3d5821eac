using System.Reflection;
using System.Text.RegularExpressions;
using CmkSim.Domain.Rules;
using CmkSim.Simulation.RuleIndex;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Rules;

/// <summary>The rule index of this checkout: every rule, its home in one hop, and links that point where they say.</summary>
public sealed class RuleIndexTests
{
    private static readonly Lazy<RuleIndexResult> Index = new(() => RuleIndexer.Build(RepoPaths.Root));

    [Fact]
    public void Every_catalogue_rule_appears_once_in_catalogue_order()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), Index.Value.Rules.Select(r => r.Rule.Id));
        Assert.True(Index.Value.SourceTreeFound);
    }

    [Fact]
    public void EN08_shows_its_home_file_a_test_and_scenario_17()
    {
        var en08 = Index.Value.Find(RuleId.EN08)!;

        var home = Assert.Single(en08.Homes);
        Assert.Equal(nameof(En08PreviousKeyVersion), home.Member);
        Assert.Equal("grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs", home.At.File);
        Assert.NotEmpty(en08.Tests!);
        Assert.Contains(en08.Scenarios!, s => s.File == "scenarios/17-rotation-disable-during-rollout.yaml" && s.Lines.Count > 0);
        Assert.NotEmpty(en08.CitedAt!);
    }

    [Fact]
    public void Every_link_points_at_the_line_that_holds_its_attribute_and_rule()
    {
        foreach (var rule in Index.Value.Rules)
        {
            var links = rule.Homes.Select(l => (l, "RuleHome")).Concat(rule.EnforcedAt.Select(l => (l, "Enforces"))).Concat(rule.CheckedAt.Select(l => (l, "ChecksFinding")));
            foreach (var (link, attribute) in links)
            {
                var line = File.ReadAllLines(Path.Combine(RepoPaths.Root, link.At.File))[link.At.Line - 1];
                Assert.True(line.Contains(attribute + "(", StringComparison.Ordinal) && line.Contains(Constant(rule.Rule.Id), StringComparison.Ordinal),
                    $"{link.At} ({link.Member}) does not hold [{attribute}({Constant(rule.Rule.Id)})]: {line.Trim()}");
            }
        }
    }

    [Fact]
    public void Every_cited_line_names_the_rule_by_its_constant_or_its_home()
    {
        foreach (var rule in Index.Value.Rules)
        {
            var spellings = rule.Homes.Select(h => h.Member).Append(Constant(rule.Rule.Id)).ToList();
            foreach (var cited in rule.CitedAt!)
            {
                var line = File.ReadAllLines(Path.Combine(RepoPaths.Root, cited.File))[cited.Line - 1];
                Assert.True(spellings.Any(s => line.Contains(s, StringComparison.Ordinal)), $"{cited} is listed as citing {rule.Rule.Id}: {line.Trim()}");
            }
        }
    }

    [Fact]
    public void Every_rule_home_of_the_domain_carries_RuleHome_with_the_rule_it_is_named_after()
    {
        var named = new Regex("^(Kv|Ep|En|Db|Sd|Lk|By)([0-9]{2})[A-Z]", RegexOptions.CultureInvariant);
        var homes = typeof(RuleId).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleId).Namespace && t is { IsAbstract: true, IsSealed: true } && named.IsMatch(t.Name))
            .ToList();

        Assert.NotEmpty(homes);
        foreach (var home in homes)
        {
            var m = named.Match(home.Name);
            var rule = $"{m.Groups[1].Value.ToUpperInvariant()}-{m.Groups[2].Value}";
            Assert.True(home.GetCustomAttributes<RuleHomeAttribute>().Any(a => a.RuleId == rule), $"{home.Name} has no [RuleHome(RuleId.{rule.Replace("-", "", StringComparison.Ordinal)})]");
        }
    }

    [Fact]
    public void Every_link_names_a_rule_of_the_catalogue()
    {
        Assert.Empty(Index.Value.Problems);
    }

    [Fact]
    public void Without_a_source_tree_the_code_part_stays_and_the_scanned_parts_are_null()
    {
        var index = RuleIndexer.Build(sourceRoot: null);

        Assert.False(index.SourceTreeFound);
        Assert.Equal(RuleCatalog.All.Count, index.Rules.Count);
        Assert.Equal("grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs", Assert.Single(index.Find("EN-08")!.Homes).At.File);
        Assert.All(index.Rules, r => Assert.True(r.CitedAt is null && r.Tests is null && r.Scenarios is null, r.Rule.Id));
        Assert.Contains("\"citedAt\": null", RuleIndexJson.Write(index, index.Rules), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_reads_the_same_on_every_build()
    {
        var again = RuleIndexer.Build(RepoPaths.Root);

        Assert.Equal(RuleIndexJson.Write(Index.Value, Index.Value.Rules), RuleIndexJson.Write(again, again.Rules));
    }

    [Theory]
    [InlineData("en-08", "EN-08")]
    [InlineData("EN08", "EN-08")]
    [InlineData(" LK-03 ", "LK-03")]
    public void Find_forgives_case_and_the_dash(string asked, string found)
    {
        Assert.Equal(found, Index.Value.Find(asked)?.Rule.Id);
    }

    [Theory]
    [InlineData("XX-99")]
    [InlineData("EN-8")]
    [InlineData("")]
    public void Find_returns_nothing_for_an_id_outside_the_catalogue(string asked)
    {
        Assert.Null(Index.Value.Find(asked));
    }

    [Theory]
    [InlineData("/home/me/src/CmkSim/grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs", "grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs")]
    [InlineData(@"C:\src\CmkSim\sim\CmkSim.Simulation\X.cs", "sim/CmkSim.Simulation/X.cs")]
    [InlineData("/home/sim/clones/CmkSim/grains/CmkSim.Domain/Rules/Lk03ReEnable.cs", "grains/CmkSim.Domain/Rules/Lk03ReEnable.cs")]
    [InlineData("/grains/work/CmkSim/sim/CmkSim.Cli/Program.cs", "sim/CmkSim.Cli/Program.cs")]
    [InlineData("/_/grains/CmkSim.Domain/Rules/Kv01SoftDeleteRetention.cs", "grains/CmkSim.Domain/Rules/Kv01SoftDeleteRetention.cs")]
    [InlineData("Elsewhere.cs", "Elsewhere.cs")]
    public void A_link_keeps_its_file_from_the_repository_root(string compiled, string kept)
    {
        Assert.Equal(kept, RuleLinkAttribute.RepositoryRelative(compiled));
    }

    private static string Constant(string id) => "RuleId." + id.Replace("-", "", StringComparison.Ordinal);
}
