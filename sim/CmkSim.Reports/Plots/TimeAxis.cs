using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;
using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>
/// What every simulated-time plot shares: one x-range, the simulated span (not the last non-zero sample, not past the
/// end), and markers for the run's key events: rotations, disabled versions, revocations, unlocks, deletion deadlines.
/// </summary>
public static class TimeAxis
{
    /// <summary>One kind of marker: its legend text and colour.</summary>
    private sealed record Kind(string Legend, string Color);

    private static readonly Kind Rotation = new("key rotated", "#1565c0");
    private static readonly Kind Disabled = new("key version disabled / key deleted", "#c62828");
    private static readonly Kind Revoked = new("key access revoked", "#6a1b9a");
    private static readonly Kind Unlocked = new("environments re-enabled", "#2e7d32");
    private static readonly Kind Deadline = new("deletion deadline (7/30 days after a lock)", "#ff6f00");

    public static double SpanDays(RunReport report) => SimulatedDays.Since(report.Scenario.SimulationStart, report.Scenario.SimulationEnd);

    /// <summary>Adds the markers, fits y to the data and sets x to the simulated span. Call after adding the series.</summary>
    public static void Apply(Plot plot, RunReport report, bool markers = true)
    {
        if (markers)
        {
            AddMarkers(plot, report);
        }

        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(0, Math.Max(SpanDays(report), 1.0 / 24));
    }

    /// <summary>The key events to mark, one per kind and (to the hour) time, in time order.</summary>
    public static IReadOnlyList<(double Day, string Legend, string Color)> Markers(RunReport report)
    {
        var start = report.Scenario.SimulationStart;
        var found = new List<(DateTimeOffset Time, Kind Kind)>();
        foreach (var e in report.Journal)
        {
            Kind? kind = e switch
            {
                KeyRotated => Rotation,
                KeyVersionDisabled or KeyDeleted => Disabled,
                RoleRemoved => Revoked,
                AccessPolicySet { Permissions: var p } when p == Domain.Vaults.KeyPermissions.None => Revoked,
                EnvironmentReEnabled => Unlocked,
                _ => null,
            };
            if (kind is not null)
            {
                found.Add((e.Time, kind));
            }
        }

        found.AddRange(report.Impact.Outages.Where(o => o.Ending is not (OutageEnding.ReEnabled or OutageEnding.DeletedByAdmin)).Select(o => (o.Deadline, Deadline)));
        return found
            .Where(f => f.Time >= start && f.Time <= report.Scenario.SimulationEnd)
            .Select(f => (Day: Math.Round(SimulatedDays.Since(start, f.Time) * 24) / 24, f.Kind))
            .Distinct()
            .OrderBy(f => f.Day).ThenBy(f => f.Kind.Legend, StringComparer.Ordinal)
            .Select(f => (f.Day, f.Kind.Legend, f.Kind.Color))
            .ToList();
    }

    private static void AddMarkers(Plot plot, RunReport report)
    {
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (day, legend, color) in Markers(report))
        {
            // Solid lines, told apart by colour: Skia's SVG backend can't draw dash effects (it warns on stdout).
            var line = plot.Add.VerticalLine(day, 1.5f, Color.FromHex(color), LinePattern.Solid);
            line.LegendText = legendDone.Add(legend) ? legend : string.Empty;
        }
    }
}
