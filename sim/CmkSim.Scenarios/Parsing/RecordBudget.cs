using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Records a run writes in all: every environment's initial <c>records</c>, plus each <c>writeRecords</c> and
/// <c>createFlows</c> step's count times the environments it matches (a flow is an encrypted record too: 9,000
/// createFlows steps of 10,000 on 50 environments, 4.5 billion records, passed before). Bounded by
/// <see cref="ScenarioLimits.RecordsPerRun"/> so a run fits in memory.
/// </summary>
internal sealed class RecordBudget(ErrorSink errors)
{
    public void Check(TenantSpec tenant, IEnumerable<ScenarioStep> steps)
    {
        var total = tenant.Environments.Sum(e => (long)e.Records);
        foreach (var step in steps)
        {
            var (count, environments) = step.Do switch
            {
                WriteRecords write => (write.Count, write.Environments.Names.Count),
                CreateFlows flows => (flows.Count, flows.Environments.Names.Count),
                _ => (0, 0),
            };
            if (count == 0)
            {
                continue;
            }

            total += (long)count * environments;
            if (total > ScenarioLimits.RecordsPerRun)
            {
                errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].count",
                    $"the run would write {total:N0} records by this step (initial records plus writeRecords and createFlows counts times the environments matched), "
                    + $"more than {ScenarioLimits.RecordsPerRun:N0}, the most a run may write"));
                return;
            }
        }
    }
}
