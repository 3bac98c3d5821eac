using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>Real wall time per scenario of a run, as bars labelled with the scenario names.</summary>
public static class WallTimePlot
{
    public static RenderedPlot Render(IReadOnlyList<(string Scenario, double Seconds)> runs)
    {
        const string title = "Wall time per scenario (real time)";
        var plot = PlotCanvas.Create(title, "scenario", "wall time (s)");
        var bars = runs.Select((r, i) => new Bar { Position = i, Value = r.Seconds, FillColor = Color.FromHex("#1565c0"), LineWidth = 0 }).ToArray();
        if (bars.Length > 0)
        {
            plot.Add.Bars(bars);
            plot.Axes.Bottom.SetTicks(runs.Select((_, i) => (double)i).ToArray(), runs.Select(r => r.Scenario).ToArray());
            // Slanted labels so long scenario names do not run into each other.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 120;
            plot.Axes.SetLimitsY(0, Math.Max(bars.Max(b => b.Value) * 1.1, 0.001));
        }

        return PlotCanvas.Render(plot, "walltime", title, legend: false);
    }
}
