using System.Runtime.CompilerServices;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Reports.Model;

/// <summary>Everything one scenario run hands to the report writers: aggregates only, never per-environment series.</summary>
public sealed record RunReport(
    ScenarioInfo Scenario,
    IReadOnlyList<ExpectationResult> Expectations,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<JournalEvent> Journal,
    IReadOnlyList<TimelineSample> Timeline,
    IReadOnlyList<InventoryRow> Inventory,
    IReadOnlyList<KeyVersionMarker> KeyEvents,
    IReadOnlyList<string> StateDiagramsMermaid,
    WallClockFigures WallClock)
{
    /// <summary>The run passes when every expectation passed; findings alone do not fail it (the posture says what they mean).</summary>
    public bool Passed => Expectations.All(e => e.Passed);

    /// <summary>Key Vault throttling: present only when the scenario turned it on (the report's section and plot).</summary>
    public ThrottlingReport? Throttling { get; init; }

    // Per instance, not a field: a copy made with 'with' (another journal or end) computes its own figures, and
    // record equality stays over the positional members.
    private static readonly ConditionalWeakTable<RunReport, ImpactFigures> ImpactCache = new();

    /// <summary>The run's impact on the tenant, computed once per report from its journal.</summary>
    public ImpactFigures Impact => ImpactCache.GetValue(this, r => ImpactFigures.From(r.Journal, r.Scenario.SimulationEnd));

    /// <summary>The second verdict, beside <see cref="Passed"/>: what the run shows about the tenant.</summary>
    public Posture Posture => Posture.From(Impact, Findings);
}
