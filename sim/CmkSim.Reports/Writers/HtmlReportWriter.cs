using System.Text;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Plots;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no scripts, no external requests) that prints well.
/// Everything above the wall-clock section is the same for the same run.
/// </summary>
public static class HtmlReportWriter
{
    public static string Render(RunReport report, IReadOnlyList<ControlRow> controls, IReadOnlyList<RenderedPlot> plots, RenderedPlot latency)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>CmkSim report: {E(report.Scenario.Name)} (expectations {ReportFormat.Verdict(report.Passed)}; posture {E(report.Posture.Word)})</title>\n");
        html.Append($"<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n");
        HtmlVerdictSection.Write(html, report);
        html.Append("<h2 id=\"plots\">Over simulated time</h2>\n");
        foreach (var plot in plots)
        {
            Figure(html, plot);
        }

        HtmlThrottlingSection.Write(html, report);
        HtmlControlsSection.Write(html, controls);
        HtmlAuditSection.Write(html, report, controls);
        HtmlInventorySection.Write(html, report);
        html.Append("<h2 id=\"state-machines\">State machines</h2>\n<p class=\"note\">Mermaid source; paste into any Mermaid renderer to draw.</p>\n");
        foreach (var diagram in report.StateDiagramsMermaid)
        {
            html.Append($"<pre>{E(diagram.TrimEnd())}</pre>\n");
        }

        WallClock(html, report, latency);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, RenderedPlot plot) =>
        html.Append($"<figure id=\"plot-{E(plot.Name)}\">\n{plot.InlineSvg.Trim()}\n<figcaption>{E(plot.Title)} ({E(plot.PngFile)})</figcaption>\n</figure>\n");

    private static void WallClock(StringBuilder html, RunReport report, RenderedPlot latency)
    {
        var w = report.WallClock;
        html.Append("<section class=\"wallclock\" id=\"wallclock\">\n<h2>Wall clock (real time; differs between runs)</h2>\n");
        html.Append("<p class=\"note\">Everything above is simulated and the same for the same seed. These are real measurements of this machine, also in wallclock.json.</p>\n");
        html.Append("<table>\n" + Head("measure", "count", "mean µs", "p50 µs", "p95 µs", "p99 µs", "max µs"));
        foreach (var (name, values) in new[] { ("wrap", w.WrapMicroseconds), ("unwrap", w.UnwrapMicroseconds) })
        {
            var s = LatencySummary.From(values);
            html.Append(Row(name, ReportFormat.Count(s.Count), ReportFormat.Micros(s.Mean), ReportFormat.Micros(s.P50),
                ReportFormat.Micros(s.P95), ReportFormat.Micros(s.P99), ReportFormat.Micros(s.Max)));
        }

        html.Append("</table>\n");
        html.Append($"<p>Scenario wall time: {ReportFormat.Seconds(w.ScenarioSeconds)} s.</p>\n");
        Figure(html, latency);
        html.Append("</section>\n");
    }
}
