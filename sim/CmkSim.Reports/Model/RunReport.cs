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
    /// <summary>The run passes when every expectation passed; findings alone do not fail it.</summary>
    public bool Passed => Expectations.All(e => e.Passed);
}
