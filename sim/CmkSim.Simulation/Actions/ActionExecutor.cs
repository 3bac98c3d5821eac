using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Actions;

/// <summary>
/// Runs a scripted step: its typed action, on the grains, as the actor, and reports the platform's answer. A refusal
/// is an outcome (with its rule), never an exception. What each action does is in its record
/// (CmkSim.Scenarios.Actions); how each platform operation maps to grain calls is in <see cref="GrainPlatform"/>.
/// </summary>
public sealed class ActionExecutor(IGrainFactory grains, RunRegistry registry, TimeProvider time, string scenarioFolder,
    CmkSim.Domain.Ports.IEventScheduler? scheduler = null, int environmentsInFlight = 1, Hosting.ISiloControl? silos = null)
{
    private readonly GrainPlatform platform = new(grains, registry, time, scenarioFolder, scheduler) { EnvironmentsInFlight = environmentsInFlight, Silos = silos };

    /// <remarks>A deactivated user's step is refused before it reaches anything (EN-02: the account can't sign in).</remarks>
    public async Task<StepOutcome> ExecuteAsync(ScenarioStep step) =>
        StepOutcome.From(await platform.SignInAsync(step.Actor, step.Action) ?? await step.Do.ExecuteAsync(platform, step.Actor));
}
