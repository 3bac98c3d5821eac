using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>Distribution of real wrap and unwrap latencies (wall clock, µs): the one plot that differs between runs.</summary>
public static class LatencyPlot
{
    private const int Bins = 40;

    public static RenderedPlot Render(WallClockFigures figures)
    {
        const string title = "Wrap and unwrap latency (real wall clock)";
        var plot = PlotCanvas.Create(title, "latency (µs, wall clock)", "operations (count)");
        var all = figures.WrapMicroseconds.Concat(figures.UnwrapMicroseconds).Order().ToList();
        if (all.Count > 0)
        {
            // The top 1% would stretch the axis; they are counted in the last bin instead.
            var low = all[0];
            var high = Math.Max(all[(int)Math.Min(all.Count - 1, Math.Ceiling(all.Count * 0.99))], low + 1);
            var width = (high - low) / Bins;
            AddSeries(plot, figures.WrapMicroseconds, low, width, 0, "wrap", Color.FromHex("#1565c0"));
            AddSeries(plot, figures.UnwrapMicroseconds, low, width, 1, "unwrap", Color.FromHex("#ef6c00"));
        }

        plot.Axes.Margins(0.02, 0.08);
        return PlotCanvas.Render(plot, "wallclock-latency", title);
    }

    private static void AddSeries(Plot plot, IReadOnlyList<double> values, double low, double width, int slot, string label, Color color)
    {
        if (values.Count == 0)
        {
            return;
        }

        var counts = new int[Bins];
        foreach (var v in values)
        {
            counts[Math.Clamp((int)((v - low) / width), 0, Bins - 1)]++;
        }

        // Side by side within each bin, so neither series hides the other.
        var bars = counts.Select((c, i) => new Bar
        {
            Position = low + (i + 0.25 + slot * 0.5) * width,
            Value = c,
            Size = width * 0.5,
            FillColor = color,
            LineWidth = 0,
        }).ToArray();
        plot.Add.Bars(bars).LegendText = $"{label} (n={values.Count})";
    }
}
