using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>Which catalogue rules a run exercised (cited by an audit entry, expectation or finding).</summary>
public static class RuleCoverage
{
    public static IReadOnlySet<string> Exercised(RunReport report) =>
        ControlsTable.Compute(report).Select(c => c.RuleId).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> NotExercised(IReadOnlySet<string> exercised) =>
        RuleCatalog.All.Select(r => r.Id).Where(id => !exercised.Contains(id)).ToList();
}
