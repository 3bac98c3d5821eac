using System.Text.RegularExpressions;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Plots;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>The in-page links of a report.html that point at no element: every <c>href="#x"</c> needs an <c>id="x"</c>.</summary>
public static partial class ReportLinks
{
    private static readonly RenderedPlot NoPlot = new("none", "none", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", []);

    /// <summary>The page as the writer renders it (plots left out: they carry no links).</summary>
    public static string Html(RunReport report) => HtmlReportWriter.Render(report, ControlsTable.Compute(report), [], NoPlot);

    public static IReadOnlyList<string> Unresolved(string html)
    {
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return Href().Matches(html).Select(m => m.Groups[1].Value).Where(target => !ids.Contains(target)).Distinct().ToList();
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex Href();
}
