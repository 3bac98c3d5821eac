using System.Text;
using CmkSim.Domain.Audit;

namespace CmkSim.Reports.Writers;

/// <summary>audit.jsonl: one JSON object per audit entry, line N+1 being entry N (the #audit-N anchors of report.html).</summary>
public static class AuditJsonlWriter
{
    public static string Render(IReadOnlyList<AuditEntry> audit)
    {
        var text = new StringBuilder();
        foreach (var entry in audit)
        {
            text.Append(ReportJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("time", ReportFormat.Time(entry.Time));
                w.WriteString("actor", entry.Actor);
                w.WriteString("action", entry.Action);
                w.WriteString("target", entry.Target);
                w.WriteString("outcome", entry.Outcome);
                if (entry.RuleId is null)
                {
                    w.WriteNull("ruleId");
                }
                else
                {
                    w.WriteString("ruleId", entry.RuleId);
                }

                w.WriteEndObject();
            }, indented: false)).Append('\n');
        }

        return text.ToString();
    }
}
