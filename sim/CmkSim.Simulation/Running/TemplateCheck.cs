using CmkSim.Files;
using CmkSim.Grains.Policies;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Names;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Validates every ARM template a scenario uses before the run starts (EP-01, EP-02, EP-07): bad input never starts
/// a run. Every problem of every template is reported. Templates are read as untrusted files: regular files only,
/// within <see cref="ScenarioLimits.TemplateFileBytes"/> (the loader has already confined them to the scenario's folder).
/// </summary>
public static class TemplateCheck
{
    public static void ThrowIfInvalid(Scenario scenario)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenario.SourcePath))!;
        var errors = new List<ScenarioError>();
        foreach (var (step, template) in scenario.Steps.Select(s => (s, (s.Do as CreateEnterprisePolicy)?.Template)))
        {
            if (template is null)
            {
                continue;
            }

            if (SafeFile.ReadText(Path.Combine(folder, template), ScenarioLimits.TemplateFileBytes, out var problem) is not { } json)
            {
                errors.Add(new ScenarioError(step.Location, "template", $"{template}: {problem}"));
                continue;
            }

            try
            {
                // The names a template gives become grain keys, report rows and folder-safe labels like those of the
                // scenario itself, so they follow the same grammar.
                var definition = EnterprisePolicyTemplate.Parse(json, template).ToDefinition();
                foreach (var (what, name) in new[] { ("policy name", definition.Name), ("key vault name", definition.Vault), ("key name", definition.KeyName) })
                {
                    if (ScenarioNames.Problem(name) is { } invalid)
                    {
                        errors.Add(new ScenarioError(step.Location, "template",
                            $"{template}: {what} '{ScenarioNames.Printable(name)}' is not a valid name: {invalid}; a name is {ScenarioNames.Grammar}"));
                    }
                }
            }
            catch (TemplateValidationException e)
            {
                errors.AddRange(e.Problems.Select(p => new ScenarioError(step.Location, "template", $"{p.Message} (rule {p.RuleId})")));
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }
    }
}
