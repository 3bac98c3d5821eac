namespace CmkSim.Reports.Controls;

/// <summary>
/// The 37 rules of shared/cmk-rules.md as reports show them, in catalogue order.
/// </summary>
public static class RuleCatalog
{
    // One source of truth: the contracts' catalogue (checked against cmk-rules.md), seen with the report's texts.
    public static IReadOnlyList<RuleInfo> All { get; } =
        Domain.Rules.RuleCatalog.All.Select(r => new RuleInfo(r.Id, r.Kind, r.Summary)).ToList();

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleInfo? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>Catalogue order (KV, EP, EN, DB, SD, LK, BY); IDs not in the catalogue sort last, ordinally.</summary>
    public static int Order(string id) => ById.TryGetValue(id, out var rule) ? IndexOf(rule) : int.MaxValue;

    private static int IndexOf(RuleInfo rule)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], rule))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
