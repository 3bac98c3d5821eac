namespace CmkSim.Reports.Writers;

/// <summary>Markdown table helpers: cell text never breaks the table.</summary>
public static class Md
{
    public static string Cell(string? text) => (text ?? string.Empty).Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |\n";

    public static string Head(params string[] headers) => Row(headers) + Row(headers.Select(_ => "---").ToArray());
}
