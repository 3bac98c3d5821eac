using CmkSim.Reports.Model;

namespace CmkSim.Reports.Plots;

/// <summary>
/// Environments per category over time as stacked step areas (status, encryption status): a count holds until the
/// next sample, so it is drawn as a step, never as a slope between samples.
/// </summary>
public static class StackedAreaPlot
{
    public static RenderedPlot Render(string name, string title, RunReport report,
        Func<TimelineSample, IReadOnlyDictionary<string, int>> counts, IReadOnlyList<string> knownOrder)
    {
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "environments (count)");
        // Each sample's counts hold until the next sample (or the end of the run): two points per sample make the step.
        var timeline = report.Timeline.SelectMany((s, i) => new[] { (X: SimulatedDays.Since(start, s.Time), Sample: s),
            (X: i + 1 < report.Timeline.Count ? SimulatedDays.Since(start, report.Timeline[i + 1].Time) : TimeAxis.SpanDays(report), Sample: s) }).ToList();
        var xs = timeline.Select(p => p.X).ToArray();
        var lower = new double[xs.Length];
        var categories = Categories(report.Timeline.SelectMany(s => counts(s).Keys), knownOrder);
        for (var c = 0; c < categories.Count; c++)
        {
            var upper = new double[xs.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                upper[i] = lower[i] + counts(timeline[i].Sample).GetValueOrDefault(categories[c]);
            }

            var fill = plot.Add.FillY(xs, lower, upper);
            var color = PlotCanvas.ColorFor(categories[c], c);
            fill.FillColor = color.WithAlpha(0.75);
            fill.LineColor = color;
            fill.LineWidth = 1;
            fill.LegendText = $"{categories[c]} (environments)";
            lower = upper;
        }

        plot.Axes.Margins(0, 0.05);
        TimeAxis.Apply(plot, report);
        return PlotCanvas.Render(plot, name, title);
    }

    /// <summary>Known names in their lifecycle order first, then any other name ordinally: stable across runs.</summary>
    public static IReadOnlyList<string> Categories(IEnumerable<string> seen, IReadOnlyList<string> knownOrder)
    {
        var all = seen.ToHashSet(StringComparer.Ordinal);
        return knownOrder.Where(all.Contains)
            .Concat(all.Except(knownOrder, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .ToList();
    }
}
