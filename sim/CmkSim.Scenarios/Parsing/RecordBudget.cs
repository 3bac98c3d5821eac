using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Records a run writes in all: every environment's initial <c>records</c>, plus each <c>writeRecords</c> step's
/// count times the environments it matches. Bounded by <see cref="ScenarioLimits.RecordsPerRun"/> so a run fits in memory.
/// </summary>
internal sealed class RecordBudget(ErrorSink errors)
{
    public void Check(TenantSpec tenant, IEnumerable<ScenarioStep> steps)
    {
        var total = tenant.Environments.Sum(e => (long)e.Records);
        foreach (var step in steps)
        {
            if (step.Do is not WriteRecords write)
            {
                continue;
            }

            total += (long)write.Count * write.Environments.Names.Count;
            if (total > ScenarioLimits.RecordsPerRun)
            {
                errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].count",
                    $"the run would write {total:N0} records by this step (initial records plus writeRecords count times the environments matched), "
                    + $"more than {ScenarioLimits.RecordsPerRun:N0}, the most a run may write"));
                return;
            }
        }
    }
}
