using System.Net;

namespace CmkSim.Reports.Writers;

/// <summary>Small HTML helpers: every text from the model is encoded before it reaches the page.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Row(params string[] encodedCells) => "<tr>" + string.Concat(encodedCells.Select(c => $"<td>{c}</td>")) + "</tr>\n";

    public static string Head(params string[] headers) => "<tr>" + string.Concat(headers.Select(h => $"<th>{E(h)}</th>")) + "</tr>\n";

    /// <summary>Link to an audit entry: an anchor on this page when shown, else its line in audit.jsonl.</summary>
    public static string AuditLink(int index) => index < ReportLimits.AuditEntriesShown
        ? $"<a href=\"#audit-{index}\">#{index}</a>"
        : $"<span title=\"audit.jsonl line {index + 1}\">#{index}</span>";
}
