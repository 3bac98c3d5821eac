using CmkSim.Domain.Compliance;

namespace CmkSim.Reports.Writers;

/// <summary>
/// Identical findings (same rule, severity, finding type and message) shown as one row, with every affected subject.
/// Findings are listed worst first, then by first time.
/// </summary>
public sealed record FindingGroup(string RuleId, FindingSeverity Severity, FindingGuidance? Guidance, string Message, IReadOnlyList<Finding> Findings)
{
    public DateTimeOffset First => Findings[0].Time;

    public DateTimeOffset Last => Findings[^1].Time;

    public static IReadOnlyList<FindingGroup> Of(IReadOnlyList<Finding> findings) => findings
        .GroupBy(f => (f.RuleId, f.Severity, Title: f.Guidance?.Title, f.Message))
        .Select(g => new FindingGroup(g.Key.RuleId, g.Key.Severity, g.First().Guidance, g.Key.Message,
            g.OrderBy(f => f.Time).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList()))
        .OrderByDescending(g => g.Severity).ThenBy(g => g.First).ThenBy(g => g.RuleId, StringComparer.Ordinal)
        .ThenBy(g => g.Message, StringComparer.Ordinal)
        .ToList();
}
