using CmkSim.Reports.Model;
using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>
/// Key Vault transactions per 10-s window (admitted plus 429s, per vault and class) against the vault's limit, with
/// the windows that answered 429 marked: on the same simulated-days axis and markers as every other plot.
/// </summary>
public static class ThrottlingPlot
{
    public const string Name = "key-vault-throttling";

    public static RenderedPlot Render(RunReport report, ThrottlingReport throttling)
    {
        const string title = "Key Vault wrap+unwrap requests per 10 s against the vault limit";
        var start = report.Scenario.SimulationStart;
        var plot = PlotCanvas.Create(title, SimulatedDays.AxisLabel, "requests per 10 s window");
        var windows = throttling.Vaults.SelectMany(v => v.Windows).ToList();
        if (windows.Count > 0)
        {
            var requests = plot.Add.ScatterPoints(windows.Select(w => SimulatedDays.Since(start, w.Start)).ToArray(),
                windows.Select(w => (double)(w.Admitted + w.Rejected)).ToArray(), Color.FromHex("#1565c0"));
            requests.LegendText = "requests (admitted + 429)";
            var rejected = windows.Where(w => w.Rejected > 0).ToList();
            if (rejected.Count > 0)
            {
                var marks = plot.Add.ScatterPoints(rejected.Select(w => SimulatedDays.Since(start, w.Start)).ToArray(),
                    rejected.Select(w => (double)(w.Admitted + w.Rejected)).ToArray(), Color.FromHex("#c62828"));
                marks.MarkerShape = MarkerShape.FilledTriangleUp;
                marks.MarkerSize = 8;
                marks.LegendText = "windows with 429s";
            }

            foreach (var (limit, index) in windows.Select(w => w.Limit).Distinct().Order().Select((l, i) => (l, i)))
            {
                var line = plot.Add.HorizontalLine(limit, 1.5f, new ScottPlot.Palettes.Category10().GetColor(index + 3), LinePattern.Solid);
                line.LegendText = $"vault limit {limit} per 10 s ({string.Join(", ", windows.Where(w => w.Limit == limit).Select(w => w.Class).Distinct().Order(StringComparer.Ordinal))})";
            }
        }

        plot.Axes.Margins(0.01, 0.08);
        TimeAxis.Apply(plot, report);
        plot.Axes.SetLimitsY(0, windows.Count == 0 ? 1 : Math.Max(windows.Max(w => w.Admitted + w.Rejected), windows.Max(w => w.Limit)) * 1.1);
        return PlotCanvas.Render(plot, Name, title);
    }
}
