using System.Globalization;
using System.Text;
using CmkSim.Reports.Model;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>The environments at the end of the run: one row each when few, counts per group when many.</summary>
public static class HtmlInventorySection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        html.Append("<h2 id=\"inventory\">Environment inventory at the end of the run</h2>\n");
        if (report.Inventory.Count > ReportLimits.InventoryRowsShown)
        {
            // The note goes before the table: a paragraph inside a table is not HTML (browsers move it out).
            html.Append($"<p class=\"note\">{ReportFormat.Count(report.Inventory.Count)} environments, counted by policy, status, encryption status and key version.</p>\n<table>\n");
            html.Append(Head("policy", "status", "encryption", "key version", "keyManagedBy", "environments"));
            foreach (var g in InventoryGroup.From(report.Inventory))
            {
                html.Append(Row(E(g.Policy), E(g.Status), E(g.Encryption), E(g.KeyVersion), E(g.KeyManagedBy), g.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            html.Append("<table>\n");
            html.Append(Head("environment", "policy", "status", "encryption", "key version", "keyManagedBy"));
            foreach (var r in report.Inventory)
            {
                html.Append(Row(E(r.Environment), E(r.Policy ?? "(none)"), E(r.Status), E(r.Encryption), E(r.KeyVersion ?? "-"), E(r.KeyManagedBy)));
            }
        }

        html.Append("</table>\n");
    }
}
