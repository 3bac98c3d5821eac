using System.Net;

namespace CmkSim.Reports.Writers;

/// <summary>Small HTML helpers: every text from the model is encoded before it reaches the page.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Row(params string[] encodedCells) => "<tr>" + string.Concat(encodedCells.Select(c => $"<td>{c}</td>")) + "</tr>\n";

    public static string Head(params string[] headers) => "<tr>" + string.Concat(headers.Select(h => $"<th>{E(h)}</th>")) + "</tr>\n";

    /// <summary>Link to an audit entry: the narrative carries every entry the page cites (<see cref="Narrative.Cited"/>).</summary>
    public static string AuditLink(int index) => $"<a href=\"#audit-{index}\">#{index}</a>";
}
