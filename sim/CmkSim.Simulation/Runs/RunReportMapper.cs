using CmkSim.Domain.Journal;
using CmkSim.Grains.Graphs;
using CmkSim.Reports.Model;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Runs;

/// <summary>Turns a run's result into the report model: everything computed from the run's own audit log and samples.</summary>
public static class RunReportMapper
{
    public static RunReport Map(ScenarioRunResult r, int scale, string? signingKeyFingerprint = null) => new(
        new ScenarioInfo(r.Scenario.Name, r.Scenario.Description, Path.GetFileName(r.Scenario.SourcePath), r.Seed, scale,
            typeof(RunReportMapper).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", r.Start, r.End, signingKeyFingerprint),
        r.Expectations.Select(e => new ExpectationResult(e.Index, e.Text, e.At, e.Passed, e.Detail, e.RuleId, e.SourceLine)).ToList(),
        r.Findings,
        r.Journal,
        r.Timeline,
        r.Inventory.Select(Row).ToList(),
        KeyEvents(r.Journal),
        StateMachineCatalog.All().Select(m => $"%% {m.Name}\n{m.Mermaid}").ToList(),
        new WallClockFigures(r.WallSeconds, r.Latencies.WrapMicroseconds, r.Latencies.UnwrapMicroseconds)) { Throttling = r.Throttling };

    /// <summary>A deleted environment shows as deleted, its data lost: not as the encryption and key it had.</summary>
    private static InventoryRow Row((Contracts.Environments.EnvironmentView View, string? Policy) i) => i.View.Status == Domain.Environments.EnvironmentStatus.Deleted
        ? new InventoryRow(i.View.Name, i.Policy, i.View.Status.ToString(), "Deleted (data lost)", null, "-")
        : new InventoryRow(i.View.Name, i.Policy, i.View.Status.ToString(), i.View.Encryption.ToString(), i.View.KeyVersion, i.View.KeyManagedBy);

    /// <summary>Rotations and version changes, read from the vaults' events.</summary>
    private static IReadOnlyList<KeyVersionMarker> KeyEvents(IReadOnlyList<JournalEvent> journal) => journal.Select(e => e switch
    {
        KeyRotated r => new KeyVersionMarker(r.Time, r.Target, r.Version.Version, KeyVersionMarker.Rotated),
        KeyVersionDisabled d => new KeyVersionMarker(d.Time, $"{d.Version.Vault}/{d.Version.Name}", d.Version.Version, "disabled"),
        KeyVersionEnabled d => new KeyVersionMarker(d.Time, $"{d.Version.Vault}/{d.Version.Name}", d.Version.Version, "enabled"),
        KeyDeleted d => new KeyVersionMarker(d.Time, d.Target, "*", "deleted"),
        _ => null,
    }).OfType<KeyVersionMarker>().ToList();
}
