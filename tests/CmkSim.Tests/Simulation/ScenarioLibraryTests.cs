using CmkSim.Domain.Rules;
using CmkSim.Simulation.Runs;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// The whole scenario library passes, together its runs exercise every rule of the catalogue, every run's audit
/// log puts each lock after the entry that caused it, every refusal (step or audit entry) cites its rule and every refused step is journaled with it, and every
/// link of every report.html resolves.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ScenarioLibraryTests
{
    [Fact]
    public async Task Every_scenario_passes_and_the_library_exercises_every_rule()
    {
        var exercised = new HashSet<string>();
        var failures = new List<string>();
        foreach (var (file, result) in await LibraryRuns.AtDefaultInFlightAsync())
        {
            failures.AddRange(result.Expectations.Where(e => !e.Passed).Select(e => $"{Path.GetFileName(file)} #{e.Index}: {e.Text}: {e.Detail}"));
            failures.AddRange(AuditCausality.Violations(result.Journal).Select(v => $"{Path.GetFileName(file)} audit: {v}"));
            var uncited = RefusalCitations.Uncited(result.Steps, result.Scenario.Steps.Select(s => s.Action).ToList(), result.Journal).ToList();
            failures.AddRange(uncited.Take(5).Select(u => $"{Path.GetFileName(file)}: {u}"));
            if (uncited.Count > 5)
            {
                failures.Add($"{Path.GetFileName(file)}: {uncited.Count - 5} more refusals citing no rule");
            }

            failures.AddRange(RefusalJournaling.Unjournaled(result).Select(u => $"{Path.GetFileName(file)}: {u}"));

            // Every in-page link of the report (evidence, rules, findings) resolves to an element the page carries.
            var unresolved = ReportLinks.Unresolved(ReportLinks.Html(RunReportMapper.Map(result, 1)));
            failures.AddRange(unresolved.Take(5).Select(u => $"{Path.GetFileName(file)} report.html: link #{u} resolves to nothing"));
            exercised.UnionWith(result.Journal.Select(a => a.Rule).Concat(result.Expectations.Select(e => e.RuleId)).Concat(result.Findings.Select(f => f.RuleId)).OfType<string>());
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var missing = RuleCatalog.All.Select(r => r.Id).Where(id => !exercised.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"rules no scenario exercises: {string.Join(", ", missing)}");
    }
}
