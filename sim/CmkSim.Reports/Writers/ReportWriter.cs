using System.Text;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Plots;

namespace CmkSim.Reports.Writers;

/// <summary>Writes a run's whole report folder (not the manifest) and returns the files written, relative, with '/'.</summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static IReadOnlyList<string> Write(RunReport report, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "plots"));
        var controls = ControlsTable.Compute(report);
        var plots = ReportPlots.Simulated(report);
        var latency = ReportPlots.WallClock(report);
        var written = new List<string>();

        void Text(string name, string content)
        {
            File.WriteAllText(Path.Combine(folder, name), content, Utf8);
            written.Add(name);
        }

        foreach (var plot in plots.Append(latency))
        {
            File.WriteAllBytes(Path.Combine(folder, plot.PngFile), plot.Png);
            File.WriteAllText(Path.Combine(folder, plot.SvgFile), plot.Svg, Utf8);
            written.Add(plot.PngFile);
            written.Add(plot.SvgFile);
        }

        Text(ReportFiles.Html, HtmlReportWriter.Render(report, controls, plots, latency));
        Text(ReportFiles.Markdown, MarkdownReportWriter.Render(report, controls, plots, latency));
        Text(ReportFiles.Results, ResultsJsonWriter.Render(report, controls));
        Text(ReportFiles.Junit, JunitWriter.Render(report));
        using (var audit = new FileStream(Path.Combine(folder, ReportFiles.Audit), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            AuditJsonlWriter.Write(report.Journal, audit);
        }

        written.Add(ReportFiles.Audit);
        Text(ReportFiles.AssessmentResults, Oscal.AssessmentResultsWriter.Render(report, controls));
        Text(ReportFiles.WallClock, WallClockJsonWriter.Render(report));
        return written.Order(StringComparer.Ordinal).ToList();
    }
}
