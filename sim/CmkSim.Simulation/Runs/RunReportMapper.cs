using CmkSim.Domain.Audit;
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
        r.Audit,
        r.Timeline,
        r.Inventory.Select(i => new InventoryRow(i.View.Name, i.Policy, i.View.Status.ToString(), i.View.Encryption.ToString(), i.View.KeyVersion, i.View.KeyManagedBy)).ToList(),
        KeyEvents(r.Audit),
        StateMachineCatalog.All().Select(m => $"%% {m.Name}\n{m.Mermaid}").ToList(),
        new WallClockFigures(r.WallSeconds, r.Latencies.WrapMicroseconds, r.Latencies.UnwrapMicroseconds));

    /// <summary>Rotations and version changes, read from the vaults' audit entries.</summary>
    private static IReadOnlyList<KeyVersionMarker> KeyEvents(IReadOnlyList<AuditEntry> audit)
    {
        var events = new List<KeyVersionMarker>();
        foreach (var e in audit.Where(e => e.Outcome.StartsWith("Succeeded", StringComparison.Ordinal)))
        {
            var parts = e.Target.Split('/');
            switch (e.Action)
            {
                case "rotateKey" when parts.Length == 3:
                    events.Add(new KeyVersionMarker(e.Time, $"{parts[0]}/{parts[1]}", parts[2], KeyVersionMarker.Rotated));
                    break;
                case "disableKeyVersion" or "enableKeyVersion" when parts.Length >= 3:
                    events.Add(new KeyVersionMarker(e.Time, $"{parts[0]}/{parts[^2]}", parts[^1], e.Action == "disableKeyVersion" ? "disabled" : "enabled"));
                    break;
                case "deleteKey" when parts.Length == 2:
                    events.Add(new KeyVersionMarker(e.Time, e.Target, "*", "deleted"));
                    break;
            }
        }

        return events;
    }
}
