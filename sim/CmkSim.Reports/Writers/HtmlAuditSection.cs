using System.Text;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>
/// The narrative: significant events first (admin actions, refusals, locks, unlocks, deletions and every entry the
/// page cites, each with its anchor, so every evidence link resolves), routine platform events counted.
/// </summary>
public static class HtmlAuditSection
{
    public static void Write(StringBuilder html, RunReport report, IReadOnlyList<ControlRow> controls)
    {
        var narrative = Narrative.Of(report, controls);
        var start = report.Scenario.SimulationStart;
        var shown = narrative.Lines.Sum(l => l.Positions.Count);
        html.Append("<h2 id=\"narrative\">What happened (audit log, simulated time)</h2>\n");
        html.Append($"<p class=\"note\">{ReportFormat.Count(shown)} significant of {ReportFormat.Count(report.Journal.Count)} entries: every admin action, refusal, failure, lock, unlock and deletion, " +
            $"and every entry this page cites. Runs of {Narrative.FoldFrom} or more alike entries are folded (click to expand). Every entry is in audit.jsonl (line N+1 is entry #N).</p>\n");
        KeyMoments(html, report, narrative, start);
        html.Append("<h3 id=\"significant\">Significant entries</h3>\n");
        html.Append("<table>\n" + Head("#", "when", "who", "did what", "to what", "platform answer", "rule"));
        foreach (var line in narrative.Lines)
        {
            if (!line.Folded)
            {
                Entry(html, report, line.Positions[0], start);
                continue;
            }

            var first = report.Journal[line.Positions[0]];
            var last = report.Journal[line.Positions[^1]];
            html.Append($"<tr class=\"group\"><td>#{line.Positions[0]}&ndash;#{line.Positions[^1]}</td><td>{E(ReportFormat.Day(start, first.Time))}" +
                $"{(last.Time == first.Time ? "" : $" to {E(ReportFormat.Day(start, last.Time))}")}</td><td>{E(first.Actor)}</td><td>{E(first.Operation)}</td>" +
                $"<td colspan=\"3\"><details><summary>{Fold(report, line)}</summary>\n<table>\n");
            foreach (var position in line.Positions)
            {
                Entry(html, report, position, start);
            }

            html.Append("</table>\n</details></td></tr>\n");
        }

        html.Append("</table>\n");
        if (narrative.Routine.Count > 0)
        {
            html.Append("<p>Routine platform events, counted:</p>\n<table>\n" + Head("operation", "entries", "from", "to"));
            foreach (var r in narrative.Routine)
            {
                html.Append(Row(E(r.Operation), ReportFormat.Count(r.Count), E(ReportFormat.Day(start, r.First)), E(ReportFormat.Day(start, r.Last))));
            }

            html.Append("</table>\n");
        }
    }

    /// <summary>The run's key moments (rotations, revocation, locks ...), each linking to its entry below.</summary>
    private static void KeyMoments(StringBuilder html, RunReport report, Narrative narrative, DateTimeOffset start)
    {
        var moments = narrative.KeyMoments(report.Journal);
        html.Append("<h3 id=\"key-moments\">Key moments</h3>\n");
        if (moments.Count == 0)
        {
            html.Append("<p>No rotation, key or access change, lock, unlock or deletion.</p>\n");
            return;
        }

        html.Append("<table>\n" + Head("when", "who", "what", "entries"));
        foreach (var line in moments)
        {
            var first = report.Journal[line.Positions[0]];
            var last = report.Journal[line.Positions[^1]];
            var what = line.Folded ? Fold(report, line) : $"{E(first.Operation)} {E(first.Target)}: {E(first.Summary())}";
            var links = line.Folded ? $"{AuditLink(line.Positions[0])} &hellip; {AuditLink(line.Positions[^1])}" : AuditLink(line.Positions[0]);
            html.Append(Row($"{E(ReportFormat.Day(start, first.Time))}{(last.Time == first.Time ? "" : $" to {E(ReportFormat.Day(start, last.Time))}")}",
                E(first.Actor), what, links));
        }

        html.Append("</table>\n");
    }

    /// <summary>A folded run in words: "300 &times; environmentLocked (Succeeded, EN-09), e.g. ...".</summary>
    private static string Fold(RunReport report, NarrativeLine line)
    {
        var first = report.Journal[line.Positions[0]];
        var alike = line.Positions.Count(i => report.Journal[i].Operation == first.Operation);
        var others = line.Positions.Count - alike;
        return $"{ReportFormat.Count(alike)} &times; {E(first.Operation)} ({E(first.Outcome.ToString())}{(first.Rule is { } rule ? $", {E(rule)}" : "")})" +
            $"{(others > 0 ? $" and {ReportFormat.Count(others)} cited routine entries" : "")}, e.g. {E(first.Target)}: {E(Short(first.Summary()))}";
    }

    /// <summary>A long platform answer cut for a one-line summary; the entries below carry it whole.</summary>
    private static string Short(string text) => text.Length <= 160 ? text : text[..159] + "\u2026";

    private static void Entry(StringBuilder html, RunReport report, int i, DateTimeOffset start)
    {
        var a = report.Journal[i];
        html.Append($"<tr id=\"audit-{i}\"><td>{i}</td><td>{ReportFormat.Time(a.Time)}<br>{E(ReportFormat.Day(start, a.Time))}</td>" +
            $"<td>{E(a.Actor)}</td><td>{E(a.Operation)}</td><td class=\"wrap\">{E(a.Target)}</td><td class=\"wrap\">{E(a.Summary())}</td>" +
            $"<td>{(a.Rule is { } r ? $"<a href=\"#rule-{E(r)}\">{E(r)}</a>" : "")}</td></tr>\n");
    }

}
