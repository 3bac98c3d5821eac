using System.Text;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Plots;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>
/// index.html and index.md for a run of several scenarios: verdicts, links, rule coverage, wall time. Its plot goes
/// to <see cref="ReportFiles.IndexPlots"/>, a name no scenario folder may take.
/// </summary>
public static class IndexWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the index files and returns them, relative to <paramref name="folder"/>, with '/'.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<IndexEntry> entries)
    {
        Directory.CreateDirectory(Path.Combine(folder, ReportFiles.IndexPlots));
        var plot = WallTimePlot.Render(entries.Select(e => (e.Report.Scenario.Name, e.Report.WallClock.ScenarioSeconds)).ToList());
        var png = $"{ReportFiles.IndexPlots}/{plot.Name}.png";
        var svg = $"{ReportFiles.IndexPlots}/{plot.Name}.svg";
        File.WriteAllBytes(Path.Combine(folder, png), plot.Png);
        File.WriteAllText(Path.Combine(folder, svg), plot.Svg, Utf8);
        var coverage = entries.Select(e => RuleCoverage.Exercised(e.Report)).ToList();
        var all = coverage.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(folder, ReportFiles.IndexHtml), RenderHtml(entries, coverage, all, plot, png), Utf8);
        File.WriteAllText(Path.Combine(folder, ReportFiles.IndexMarkdown), RenderMarkdown(entries, coverage, all, plot, png), Utf8);
        return [ReportFiles.IndexHtml, ReportFiles.IndexMarkdown, png, svg];
    }

    /// <summary>The relative link to a scenario's report: the folder name percent-encoded, so '#', '?', ')' or spaces can't break it.</summary>
    public static string LinkTo(string folderName, string file) => $"{Uri.EscapeDataString(folderName)}/{file}";

    private static string RenderHtml(IReadOnlyList<IndexEntry> entries, List<IReadOnlySet<string>> coverage, HashSet<string> all, RenderedPlot plot, string png)
    {
        var passed = entries.Count(e => e.Report.Passed);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>CmkSim scenario run</title>\n");
        html.Append($"<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n<h1>CmkSim scenario run</h1>\n");
        var lost = entries.Count(e => e.Report.Posture.Level == Model.PostureLevel.DataLost);
        var atRisk = entries.Count(e => e.Report.Posture.Level == Model.PostureLevel.AtRisk);
        html.Append("<div class=\"verdicts\">\n");
        html.Append($"<div class=\"verdict {(passed == entries.Count ? "passed" : "failed")}\"><span class=\"verdict-label\">Expectations</span>{passed} of {entries.Count} scenarios passed</div>\n");
        html.Append($"<div class=\"verdict {(lost > 0 ? "harmed" : atRisk > 0 ? "atrisk" : "sound")}\"><span class=\"verdict-label\">Posture</span>{PostureSummary(entries)}</div>\n</div>\n");
        html.Append("<table>\n" + Head("scenario", "expectations", "posture", "data lost (environments)", "offline (environments / environment-hours)",
            "backups unrestorable", "findings (Critical/High/Medium/Low)", "rules exercised", "rules not exercised", "wall time (s)"));
        for (var i = 0; i < entries.Count; i++)
        {
            var r = entries[i].Report;
            var p = r.Posture;
            html.Append(Row($"<a href=\"{E(entries[i].ReportLink)}\">{E(r.Scenario.Name)}</a>",
                $"<span class=\"{(r.Passed ? "Pass" : "Fail")}\">{ReportFormat.Verdict(r.Passed)}</span> ({r.Expectations.Count(e => e.Passed)} / {r.Expectations.Count} held)",
                $"<span class=\"verdict-cell {p.Css}\">{E(p.Word)}</span>",
                ReportFormat.Count(p.DataLost), $"{ReportFormat.Count(p.EnvironmentsOffline)} / {Model.Posture.Hours(p.EnvironmentHours)}", ReportFormat.Count(p.BackupsUnrestorable),
                string.Join("/", p.FindingsBySeverity.Select(x => x.Count)),
                Rules(coverage[i].OrderBy(RuleCatalog.Order).ToList()), Rules(RuleCoverage.NotExercised(coverage[i]).ToList()),
                ReportFormat.Seconds(r.WallClock.ScenarioSeconds)));
        }

        html.Append("</table>\n<h2>Rule coverage across all scenarios</h2>\n");
        html.Append($"<p>{RuleCatalog.All.Count(r => all.Contains(r.Id))} of {RuleCatalog.All.Count} rules exercised. Not exercised: {E(string.Join(" ", RuleCoverage.NotExercised(all)))}</p>\n");
        html.Append("<h2>Wall time (real time; differs between runs)</h2>\n");
        html.Append($"<figure>\n{plot.InlineSvg.Trim()}\n<figcaption>{E(plot.Title)} ({E(png)})</figcaption>\n</figure>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string RenderMarkdown(IReadOnlyList<IndexEntry> entries, List<IReadOnlySet<string>> coverage, HashSet<string> all, RenderedPlot plot, string png)
    {
        var md = new StringBuilder($"# CmkSim scenario run\n\n**Expectations: {entries.Count(e => e.Report.Passed)} of {entries.Count} scenarios passed**\n\n**Posture: {PostureSummary(entries)}**\n\n");
        md.Append(Md.Head("scenario", "expectations", "expectations held", "posture", "data lost (environments)", "offline (environments / environment-hours)",
            "backups unrestorable", "findings (Critical/High/Medium/Low)", "rules exercised", "rules not exercised", "wall time (s)"));
        for (var i = 0; i < entries.Count; i++)
        {
            var r = entries[i].Report;
            var link = Path.ChangeExtension(entries[i].ReportLink, ".md");
            var p = r.Posture;
            md.Append(Md.Row($"[{Md.Cell(r.Scenario.Name)}]({link})", ReportFormat.Verdict(r.Passed),
                $"{r.Expectations.Count(e => e.Passed)} / {r.Expectations.Count}", p.Word, ReportFormat.Count(p.DataLost),
                $"{ReportFormat.Count(p.EnvironmentsOffline)} / {Model.Posture.Hours(p.EnvironmentHours)}", ReportFormat.Count(p.BackupsUnrestorable),
                string.Join("/", p.FindingsBySeverity.Select(x => x.Count)),
                string.Join(" ", coverage[i].OrderBy(RuleCatalog.Order)), string.Join(" ", RuleCoverage.NotExercised(coverage[i])),
                ReportFormat.Seconds(r.WallClock.ScenarioSeconds)));
        }

        md.Append($"\n## Rule coverage across all scenarios\n\n{RuleCatalog.All.Count(r => all.Contains(r.Id))} of {RuleCatalog.All.Count} rules exercised. ");
        md.Append($"Not exercised: {string.Join(" ", RuleCoverage.NotExercised(all))}\n\n## Wall time (real time; differs between runs)\n\n![{Md.Cell(plot.Title)}]({png})\n");
        return md.ToString();
    }

    /// <summary>A list of rule IDs as its count, expanding to the IDs: the posture columns need the table's width.</summary>
    private static string Rules(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "0" : $"<details><summary>{ids.Count}</summary>{E(string.Join(" ", ids))}</details>";

    /// <summary>"data lost in 1 of 16 scenarios; 5 at risk; 10 sound".</summary>
    private static string PostureSummary(IReadOnlyList<IndexEntry> entries) =>
        $"data lost in {entries.Count(e => e.Report.Posture.Level == Model.PostureLevel.DataLost)} of {entries.Count} scenarios; " +
        $"{entries.Count(e => e.Report.Posture.Level == Model.PostureLevel.AtRisk)} at risk; {entries.Count(e => e.Report.Posture.Level == Model.PostureLevel.Sound)} sound";
}
