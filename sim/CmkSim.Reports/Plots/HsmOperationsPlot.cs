using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>
/// The HSM's load as a rate: each sample counts the wrap and unwrap operations since the previous sample, so a bar spans
/// the true interval its samples cover (at least an hour) and its height is their count divided by its hours.
/// </summary>
public static class HsmOperationsPlot
{
    public static RenderedPlot Render(RunReport report)
    {
        const string title = "HSM wrap+unwrap operations per simulated hour (interval average)";
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "operations per hour");
        var color = Color.FromHex("#6a1b9a");
        var bars = new List<Bar>();
        // Buckets of consecutive samples at least an hour wide: samples seconds apart would make rates no one can see.
        var bucketStart = start;
        var count = 0L;
        foreach (var sample in report.Timeline)
        {
            count += sample.HsmOperations;
            if (sample.Time - bucketStart >= TimeSpan.FromHours(1) || (ReferenceEquals(sample, report.Timeline[^1]) && count > 0))
            {
                Add(bucketStart, sample.Time, count);
                bucketStart = sample.Time;
                count = 0;
            }
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = "wrap + unwrap per hour";
        }

        plot.Axes.Margins(0.01, 0.08);
        TimeAxis.Apply(plot, report);
        plot.Axes.SetLimitsY(0, bars.Count == 0 ? 1 : bars.Max(b => b.Value) * 1.08);
        return PlotCanvas.Render(plot, "hsm-operations", title);

        void Add(DateTimeOffset from, DateTimeOffset to, long operations)
        {
            var hours = Math.Max((to - from).TotalHours, 1);
            if (operations > 0)
            {
                bars.Add(new Bar
                {
                    Position = SimulatedDays.Since(start, from) + hours / 48.0,
                    Value = operations / hours,
                    Size = hours / 24.0,
                    FillColor = color,
                    LineWidth = 0,
                });
            }
        }
    }
}
