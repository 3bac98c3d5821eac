using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// Builds the rule index from the code itself, not from a hand-kept list: the catalogue gives the rules, reflection over
/// CmkSim's assemblies the homes, guards and finding checks (<see cref="RuleLinkAttribute"/>), and, when a checkout is
/// at hand, source scans the product code citing each rule and the tests and scenarios exercising it.
/// </summary>
public static class RuleIndexer
{
    /// <param name="sourceRoot">The checkout to scan (the folder holding CmkSim.sln), or null for the code part only.</param>
    public static RuleIndexResult Build(string? sourceRoot)
    {
        var links = CodeLinks.All();
        var problems = links.Where(l => !RuleCatalog.TryGet(l.Link.RuleId, out _))
            .Select(l => $"{l.Link.File}:{l.Link.Line}: {l.Member}: [{AttributeName(l.Link)}] names no rule of the catalogue: '{l.Link.RuleId}'")
            .Order(StringComparer.Ordinal)
            .ToList();

        var homes = links.Where(l => l.Link is RuleHomeAttribute)
            .GroupBy(l => l.Member.Split('.')[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Rule: g.First().Link.RuleId, g.First().Link.File), StringComparer.Ordinal);

        var cited = sourceRoot is null ? null : SourceCitations.Scan(sourceRoot, homes);
        var tests = sourceRoot is null ? null : TestReferences.Scan(sourceRoot, homes.ToDictionary(h => h.Key, h => h.Value.Rule, StringComparer.Ordinal));
        var scenarios = sourceRoot is null ? null : ScenarioMentions.Scan(sourceRoot);

        var rules = RuleCatalog.All.Select(rule => new IndexedRule(
                rule,
                Linked<RuleHomeAttribute>(links, rule.Id),
                Linked<EnforcesAttribute>(links, rule.Id),
                Linked<ChecksFindingAttribute>(links, rule.Id),
                cited is null ? null : Sorted(cited.GetValueOrDefault(rule.Id)),
                tests is null ? null : (tests.GetValueOrDefault(rule.Id) ?? []).Distinct().OrderBy(t => t.At.File, StringComparer.Ordinal).ThenBy(t => t.At.Line).ThenBy(t => t.Test, StringComparer.Ordinal).ToList(),
                scenarios is null ? null : (scenarios.GetValueOrDefault(rule.Id) ?? []).OrderBy(s => s.File, StringComparer.Ordinal).ToList()))
            .ToList();
        return new RuleIndexResult(rules, sourceRoot, problems);
    }

    /// <summary>The index of the checkout found from here (<see cref="SourceTree.Locate"/>), or of the code alone.</summary>
    public static RuleIndexResult Build() => Build(SourceTree.Locate());

    private static List<CodeLink> Linked<T>(IEnumerable<CodeLinks.Found> links, string id) where T : RuleLinkAttribute =>
        links.Where(l => l.Link is T && l.Link.RuleId == id)
            .Select(l => new CodeLink(l.Member, new SourceLine(l.Link.File, l.Link.Line)))
            .Distinct()
            .OrderBy(l => l.At.File, StringComparer.Ordinal).ThenBy(l => l.At.Line).ThenBy(l => l.Member, StringComparer.Ordinal)
            .ToList();

    private static List<SourceLine> Sorted(IEnumerable<SourceLine>? lines) =>
        (lines ?? []).Distinct().OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ToList();

    private static string AttributeName(RuleLinkAttribute link) => link.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal);
}
