using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// One rule with everything that points at it: its home(s), guards and finding checks (attributes, by reflection), the
/// product code that cites its ID, and the tests and scenarios that exercise it (source scans). The scanned parts are
/// null when no source tree was found, so "none" and "not looked" stay apart.
/// </summary>
public sealed record IndexedRule(
    Rule Rule,
    IReadOnlyList<CodeLink> Homes,
    IReadOnlyList<CodeLink> EnforcedAt,
    IReadOnlyList<CodeLink> CheckedAt,
    IReadOnlyList<SourceLine>? CitedAt,
    IReadOnlyList<TestReference>? Tests,
    IReadOnlyList<ScenarioMention>? Scenarios);

/// <summary>
/// The index of every catalogue rule in catalogue order. <see cref="SourceRoot"/> is the checkout scanned, or null;
/// <see cref="Problems"/> lists links that name no catalogue rule.
/// </summary>
public sealed record RuleIndexResult(IReadOnlyList<IndexedRule> Rules, string? SourceRoot, IReadOnlyList<string> Problems)
{
    public bool SourceTreeFound => SourceRoot is not null;

    /// <summary>The rule with this ID, or null; case and the dash are forgiven (<c>en-08</c>, <c>EN08</c>).</summary>
    public IndexedRule? Find(string id)
    {
        var wanted = id.Trim().ToUpperInvariant();
        if (wanted.Length == 4 && !wanted.Contains('-', StringComparison.Ordinal))
        {
            wanted = $"{wanted[..2]}-{wanted[2..]}";
        }

        return Rules.FirstOrDefault(r => r.Rule.Id == wanted);
    }
}
