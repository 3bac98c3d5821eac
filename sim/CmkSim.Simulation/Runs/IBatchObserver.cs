using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Runs;

/// <summary>
/// What a <see cref="ScenarioBatch"/> tells whoever started it, in this order per scenario: running, ran, reported;
/// then published once. The CLI prints it; the batch itself writes nothing to a console.
/// </summary>
public interface IBatchObserver
{
    /// <summary>A scenario starts; how far it gets goes to the progress returned (null: no progress).</summary>
    IProgress<RunProgress>? Running(Scenario scenario);

    /// <summary>The scenario's simulation ended (before its report is written).</summary>
    void Ran(Scenario scenario);

    /// <summary>The scenario's signed report folder is staged; <paramref name="reportFolder"/> is where it will be under --out.</summary>
    void Reported(ScenarioRunResult result, string reportFolder);

    /// <summary>Every report and the signed index are in place under --out.</summary>
    void Published(string indexHtml, string signerFingerprint);
}
