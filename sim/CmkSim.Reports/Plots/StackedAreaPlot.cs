using CmkSim.Reports.Model;

namespace CmkSim.Reports.Plots;

/// <summary>Environments per category over time as stacked filled areas (status, encryption status).</summary>
public static class StackedAreaPlot
{
    public static RenderedPlot Render(string name, string title, DateTimeOffset start, IReadOnlyList<TimelineSample> timeline,
        Func<TimelineSample, IReadOnlyDictionary<string, int>> counts, IReadOnlyList<string> knownOrder)
    {
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "environments (count)");
        var xs = timeline.Select(s => SimulatedDays.Since(start, s.Time)).ToArray();
        var lower = new double[xs.Length];
        var categories = Categories(timeline.SelectMany(s => counts(s).Keys), knownOrder);
        for (var c = 0; c < categories.Count; c++)
        {
            var upper = new double[xs.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                upper[i] = lower[i] + counts(timeline[i]).GetValueOrDefault(categories[c]);
            }

            var fill = plot.Add.FillY(xs, lower, upper);
            var color = PlotCanvas.ColorFor(categories[c], c);
            fill.FillColor = color.WithAlpha(0.75);
            fill.LineColor = color;
            fill.LineWidth = 1;
            fill.LegendText = categories[c];
            lower = upper;
        }

        plot.Axes.Margins(0, 0.05);
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
