using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Records a run writes in all: every environment's initial <c>records</c>, plus each <c>writeRecords</c> and
/// <c>createFlows</c> step's count times the environments it matches (a flow is an encrypted record too: 9,000
/// createFlows steps of 10,000 on 50 environments, 4.5 billion records, passed before), plus each backup's copy of
/// its environment's records as the steps before it left them (9,800 backups of a 2,000,000-record environment
/// passed before; each held ~2.7 MB per 100,000 records). Bounded by
/// <see cref="ScenarioLimits.RecordsPerRun"/> so a run fits in memory.
/// </summary>
internal sealed class RecordBudget(ErrorSink errors)
{
    public void Check(TenantSpec tenant, IEnumerable<ScenarioStep> steps)
    {
        // Each environment's records so far (by the steps that write), so a backup can be priced as the copy it is.
        // (A name declared twice is reported elsewhere; here its records simply add up.)
        var held = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var environment in tenant.Environments)
        {
            held[environment.Name] = held.GetValueOrDefault(environment.Name) + environment.Records;
        }

        var total = held.Values.Sum();
        foreach (var step in steps)
        {
            var (added, field) = step.Do switch
            {
                WriteRecords write => (Add(held, write.Environments.Names, write.Count), "count"),
                CreateFlows flows => (Add(held, flows.Environments.Names, flows.Count), "count"),
                Backup backup => (held.GetValueOrDefault(backup.Environment), "environment"),
                _ => (0L, ""),
            };
            total += added;
            if (total > ScenarioLimits.RecordsPerRun)
            {
                errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].{field}",
                    $"the run would write {total:N0} records by this step (initial records, writeRecords and createFlows counts times the "
                    + $"environments matched, and each backup's copy of its environment's records), more than {ScenarioLimits.RecordsPerRun:N0}, the most a run may write"));
                return;
            }
        }
    }

    private static long Add(Dictionary<string, long> held, IReadOnlyList<string> environments, int count)
    {
        foreach (var name in environments)
        {
            held[name] = held.GetValueOrDefault(name) + count;
        }

        return (long)count * environments.Count;
    }
}
