using CmkSim.Grains.Policies;
using CmkSim.Scenarios;

namespace CmkSim.Simulation.Running;

/// <summary>Validates every ARM template a scenario uses before the run starts (EP-01, EP-02, EP-07): bad input never starts a run.</summary>
public static class TemplateCheck
{
    public static void ThrowIfInvalid(Scenario scenario)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenario.SourcePath))!;
        var errors = new List<ScenarioError>();
        foreach (var step in scenario.Steps.Where(s => s.Action == "createEnterprisePolicy" && s.Arguments.Has("template")))
        {
            var template = step.Arguments.String("template");
            try
            {
                EnterprisePolicyTemplate.Parse(File.ReadAllText(Path.Combine(folder, template)), template);
            }
            catch (TemplateValidationException e)
            {
                errors.Add(new ScenarioError(step.Location, "template", $"{e.Message} (rule {e.RuleId})"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }
    }
}
