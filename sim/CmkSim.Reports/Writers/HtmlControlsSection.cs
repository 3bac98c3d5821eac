using System.Text;
using CmkSim.Reports.Controls;
using static CmkSim.Reports.Writers.Html;

namespace CmkSim.Reports.Writers;

/// <summary>The controls table: each rule the run touched, its verdict, the audit entries proving it and its NIST controls.</summary>
public static class HtmlControlsSection
{
    public static void Write(StringBuilder html, IReadOnlyList<ControlRow> controls)
    {
        html.Append("<h2 id=\"controls\">Controls</h2>\n");
        html.Append("<p class=\"note\">Verdict: Fail when an expectation citing the rule failed, Finding when the run raised a finding on it, else Pass. NIST SP 800-53 controls: ");
        html.Append(string.Join("; ", NistControlMap.Titles.Select(t => $"{E(t.Key)} {E(t.Value)}")) + ".</p>\n");
        html.Append("<table>\n" + Head("rule", "kind", "what was tested", "verdict", "proved by audit entries", "NIST SP 800-53"));
        foreach (var c in controls)
        {
            var links = string.Join(" ", c.AuditIndexes.Take(ReportLimits.ProofLinksShown).Select(AuditLink));
            if (c.AuditIndexes.Count > ReportLimits.ProofLinksShown)
            {
                links += $" and {c.AuditIndexes.Count - ReportLimits.ProofLinksShown} more (audit.jsonl)";
            }

            html.Append($"<tr id=\"rule-{E(c.RuleId)}\"><td>{E(c.RuleId)}</td><td>{E(c.Kind)}</td><td>{E(c.Summary)}</td>" +
                $"<td class=\"{c.Verdict}\">{c.Verdict}</td><td>{(links.Length == 0 ? "none" : links)}</td><td>{E(string.Join(", ", c.NistControls))}</td></tr>\n");
        }

        html.Append("</table>\n");
    }
}
