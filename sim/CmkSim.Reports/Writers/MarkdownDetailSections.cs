using System.Globalization;
using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Md;

namespace CmkSim.Reports.Writers;

/// <summary>report.md's narrative, inventory and state-machine sections.</summary>
public static class MarkdownDetailSections
{
    public static void Write(StringBuilder md, RunReport report, IReadOnlyList<Controls.ControlRow> controls)
    {
        var start = report.Scenario.SimulationStart;
        var narrative = Narrative.Of(report, controls);
        md.Append("## What happened (audit log, simulated time)\n\n");
        md.Append($"Significant entries (admin actions, refusals, failures, locks, unlocks, deletions, every cited entry); runs of {Narrative.FoldFrom} or more alike entries on one line. Every entry is in `audit.jsonl` (line N+1 is entry #N).\n\n");
        md.Append(Head("#", "when", "who", "did what", "to what", "platform answer", "rule"));
        foreach (var line in narrative.Lines)
        {
            var a = report.Journal[line.Positions[0]];
            var last = report.Journal[line.Positions[^1]];
            md.Append(line.Folded
                ? Row($"{line.Positions[0]}-{line.Positions[^1]}", $"{ReportFormat.Day(start, a.Time)}{(last.Time == a.Time ? "" : $" to {ReportFormat.Day(start, last.Time)}")}",
                    Cell(a.Actor), Cell(a.Operation), $"{line.Positions.Count} entries, e.g. {Cell(a.Target)}", Cell(a.Summary()), Cell(a.Rule))
                : Row(line.Positions[0].ToString(CultureInfo.InvariantCulture), $"{ReportFormat.Time(a.Time)} ({ReportFormat.Day(start, a.Time)})",
                    Cell(a.Actor), Cell(a.Operation), Cell(a.Target), Cell(a.Summary()), Cell(a.Rule)));
        }

        if (narrative.Routine.Count > 0)
        {
            md.Append("\nRoutine platform events, counted:\n\n" + Head("operation", "entries", "from", "to"));
            foreach (var r in narrative.Routine)
            {
                md.Append(Row(Cell(r.Operation), ReportFormat.Count(r.Count), ReportFormat.Day(start, r.First), ReportFormat.Day(start, r.Last)));
            }
        }

        md.Append("\n## Environment inventory at the end of the run\n\n");
        if (report.Inventory.Count > ReportLimits.InventoryRowsShown)
        {
            md.Append($"{ReportFormat.Count(report.Inventory.Count)} environments, counted by policy, status, encryption status and key version.\n\n");
            md.Append(Head("policy", "status", "encryption", "key version", "keyManagedBy", "environments"));
            foreach (var g in InventoryGroup.From(report.Inventory))
            {
                md.Append(Row(Cell(g.Policy), Cell(g.Status), Cell(g.Encryption), Cell(g.KeyVersion), Cell(g.KeyManagedBy), g.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            md.Append(Head("environment", "policy", "status", "encryption", "key version", "keyManagedBy"));
            foreach (var r in report.Inventory)
            {
                md.Append(Row(Cell(r.Environment), Cell(r.Policy ?? "(none)"), Cell(r.Status), Cell(r.Encryption), Cell(r.KeyVersion ?? "-"), Cell(r.KeyManagedBy)));
            }
        }

        md.Append("\n## State machines\n\n");
        foreach (var diagram in report.StateDiagramsMermaid)
        {
            md.Append($"```mermaid\n{diagram.TrimEnd()}\n```\n\n");
        }
    }
}
