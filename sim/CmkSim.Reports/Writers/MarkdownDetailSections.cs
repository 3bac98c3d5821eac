using System.Globalization;
using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Md;

namespace CmkSim.Reports.Writers;

/// <summary>report.md's narrative, inventory and state-machine sections.</summary>
public static class MarkdownDetailSections
{
    public static void Write(StringBuilder md, RunReport report)
    {
        var start = report.Scenario.SimulationStart;
        var shown = Math.Min(report.Journal.Count, ReportLimits.AuditEntriesShown);
        md.Append("## What happened (audit log, simulated time)\n\n");
        if (report.Journal.Count > shown)
        {
            md.Append($"The first {shown} of {ReportFormat.Count(report.Journal.Count)} entries; the other {ReportFormat.Count(report.Journal.Count - shown)} are in `audit.jsonl` (line N+1 is entry #N).\n\n");
        }

        md.Append(Head("#", "when", "who", "did what", "to what", "platform answer", "rule"));
        for (var i = 0; i < shown; i++)
        {
            var a = report.Journal[i];
            md.Append(Row(i.ToString(CultureInfo.InvariantCulture), $"{ReportFormat.Time(a.Time)} ({ReportFormat.Day(start, a.Time)})",
                Cell(a.Actor), Cell(a.Operation), Cell(a.Target), Cell(a.Summary()), Cell(a.Rule)));
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
