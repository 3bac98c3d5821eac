using CmkSim.Domain.Rules;
using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>
/// Environments per key version over time, with each rotation marked and the <see cref="En08PreviousKeyVersion.KeptFor"/>
/// after it shaded: the window in which the previous version must stay enabled (EN-08).
/// </summary>
public static class KeyVersionPlot
{
    private const int MaxSeries = 8;

    public static RenderedPlot Render(RunReport report)
    {
        const string title = "Key versions in use over time";
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "environments (count)");
        var timeline = report.Timeline;
        var xs = timeline.Select(s => SimulatedDays.Since(start, s.Time)).ToArray();

        // Many versions would bury the plot: keep the busiest few and fold the rest into "other versions".
        var versions = timeline.SelectMany(s => s.ByKeyVersion)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (Version: g.Key, Peak: g.Max(p => p.Value)))
            .OrderByDescending(v => v.Peak).ThenBy(v => v.Version, StringComparer.Ordinal)
            .ToList();
        var shown = versions.Take(MaxSeries).Select(v => v.Version).Order(StringComparer.Ordinal).ToList();
        var index = 0;
        foreach (var version in shown)
        {
            var ys = timeline.Select(s => (double)s.ByKeyVersion.GetValueOrDefault(version)).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, PlotCanvas.ColorFor(version, index++));
            line.LineWidth = 2;
            // A count holds until the next sample: a step, not a slope.
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LegendText = $"{version} (environments)";
        }

        if (versions.Count > MaxSeries)
        {
            var rest = versions.Skip(MaxSeries).Select(v => v.Version).ToHashSet(StringComparer.Ordinal);
            var ys = timeline.Select(s => (double)s.ByKeyVersion.Where(p => rest.Contains(p.Key)).Sum(p => p.Value)).ToArray();
            var other = plot.Add.ScatterLine(xs, ys, Colors.Gray);
            other.ConnectStyle = ConnectStyle.StepHorizontal;
            other.LegendText = $"{rest.Count} other versions (environments)";
        }

        AddMarkers(plot, report.KeyEvents, start);
        plot.Axes.Margins(0.01, 0.08);
        // The keep windows end where the run ends: the x-range is the simulated span, like every time plot.
        TimeAxis.Apply(plot, report, markers: false);
        return PlotCanvas.Render(plot, "key-versions", title);
    }

    private static void AddMarkers(Plot plot, IReadOnlyList<KeyVersionMarker> events, DateTimeOffset start)
    {
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var marker in events.OrderBy(e => e.Time).ThenBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Version, StringComparer.Ordinal))
        {
            var x = SimulatedDays.Since(start, marker.Time);
            var rotated = marker.Event == KeyVersionMarker.Rotated;
            if (rotated)
            {
                var window = plot.Add.HorizontalSpan(x, x + En08PreviousKeyVersion.KeptFor.TotalDays, Color.FromHex("#1565c0").WithAlpha(0.10));
                window.LineWidth = 0;
                window.LegendText = legendDone.Add("window") ? $"{En08PreviousKeyVersion.KeptFor.TotalDays:0}-day keep window (EN-08)" : string.Empty;
            }

            // Solid lines, told apart by colour: Skia's SVG backend can't draw dash effects (it warns on stdout).
            var line = plot.Add.VerticalLine(x, 1.5f, rotated ? Color.FromHex("#1565c0") : Color.FromHex("#c62828"), LinePattern.Solid);
            line.LegendText = legendDone.Add(marker.Event) ? $"key version {marker.Event}" : string.Empty;
        }
    }
}
