using CmkSim.Contracts.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Reports.Model;
using CmkSim.Scenarios;
using CmkSim.Simulation.Actions;

namespace CmkSim.Simulation.Running;

/// <summary>Everything a scenario run produced; reports are computed from it alone.</summary>
public sealed record ScenarioRunResult(
    Scenario Scenario,
    long Seed,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<StepOutcome> Steps,
    IReadOnlyList<ExpectationOutcome> Expectations,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<JournalEvent> Journal,
    IReadOnlyList<TimelineSample> Timeline,
    IReadOnlyList<(EnvironmentView View, string? Policy)> Inventory,
    double WallSeconds,
    CmkSim.Domain.Hsm.HsmLatencies Latencies)
{
    /// <summary>How many engine events the run dispatched (a load figure; deterministic for a seed).</summary>
    public long EventsDispatched { get; init; }

    /// <summary>Key Vault throttling's windows per vault; null when the scenario left throttling off.</summary>
    public Reports.Model.ThrottlingReport? Throttling { get; init; }

    public bool Passed => Expectations.All(e => e.Passed);
}
