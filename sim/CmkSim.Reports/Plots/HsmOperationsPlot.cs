using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>HSM operations per simulated hour, as bars: each sample's count goes to the hour it ends in.</summary>
public static class HsmOperationsPlot
{
    public static RenderedPlot Render(RunReport report)
    {
        const string title = "HSM operations per simulated hour";
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "HSM operations per hour (count)");
        var perHour = new SortedDictionary<long, long>();
        foreach (var sample in report.Timeline.Where(s => s.HsmOperations > 0))
        {
            var hour = (long)Math.Floor((sample.Time - start).TotalHours);
            perHour[hour] = perHour.GetValueOrDefault(hour) + sample.HsmOperations;
        }

        var color = Color.FromHex("#6a1b9a");
        var bars = perHour.Select(p => new Bar
        {
            Position = (p.Key + 0.5) / 24.0,
            Value = p.Value,
            Size = 1.0 / 24.0,
            FillColor = color,
            LineWidth = 0,
        }).ToArray();
        if (bars.Length > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = "HSM operations (wrap, unwrap, sign)";
        }

        plot.Axes.Margins(0.01, 0.08);
        plot.Axes.SetLimitsY(0, bars.Length == 0 ? 1 : bars.Max(b => b.Value) * 1.08);
        return PlotCanvas.Render(plot, "hsm-operations", title);
    }
}
