using CmkSim.Reports.Model;

namespace CmkSim.Reports.Plots;

/// <summary>
/// Readable, unreadable and lost records over time: what a lock or a lost key does to the data. A deleted
/// environment's records move from "unreadable" to "lost" (never back to readable): a drop in unreadable is no recovery.
/// </summary>
public static class RecordsPlot
{
    public static RenderedPlot Render(RunReport report)
    {
        const string title = "Readable, unreadable and lost records over time";
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "records (count)");
        var xs = report.Timeline.Select(s => SimulatedDays.Since(start, s.Time)).ToArray();
        var readable = plot.Add.ScatterLine(xs, report.Timeline.Select(s => (double)s.ReadableRecords).ToArray(),
            PlotCanvas.ColorFor("readable", 0));
        readable.LineWidth = 2;
        readable.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        readable.LegendText = "readable";
        var unreadable = plot.Add.ScatterLine(xs, report.Timeline.Select(s => (double)s.UnreadableRecords).ToArray(),
            PlotCanvas.ColorFor("unreadable", 1));
        unreadable.LineWidth = 2;
        unreadable.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        unreadable.LegendText = "unreadable (locked or disabled environments)";
        readable.LegendText = "readable (enabled environments)";
        var lost = plot.Add.ScatterLine(xs, report.Timeline.Select(s => (double)s.LostRecords).ToArray(), PlotCanvas.ColorFor("Deleted", 2));
        lost.LineWidth = 2;
        lost.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        lost.LegendText = "lost (environment deleted, LK-02)";
        plot.Axes.Margins(0.01, 0.08);
        TimeAxis.Apply(plot, report);
        return PlotCanvas.Render(plot, "records", title);
    }
}
