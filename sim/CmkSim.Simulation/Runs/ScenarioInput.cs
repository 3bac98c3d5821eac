using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Runs;

/// <summary>
/// One scenario file as run and validate see it: loaded and its templates checked, or every error it has
/// (file:line:column). Bad input never becomes a run: <see cref="Scenario"/> is null whenever there are errors.
/// </summary>
public sealed record ScenarioInput(string File, Scenario? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    public static ScenarioInput Load(string file, int scale)
    {
        try
        {
            var scenario = ScenarioLoader.Load(file, scale);
            TemplateCheck.ThrowIfInvalid(scenario);
            return new ScenarioInput(file, scenario, []);
        }
        catch (ScenarioValidationException e)
        {
            return new ScenarioInput(file, null, e.Errors);
        }
    }
}
