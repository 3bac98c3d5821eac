namespace CmkSim.Reports.Plots;

/// <summary>One plot rendered at the report's fixed size: SVG to inline in HTML, PNG for Markdown and viewers.</summary>
public sealed record RenderedPlot(string Name, string Title, string Svg, byte[] Png)
{
    public string PngFile => $"plots/{Name}.png";

    public string SvgFile => $"plots/{Name}.svg";

    /// <summary>The SVG without its XML declaration, ready to sit inside an HTML page.</summary>
    public string InlineSvg
    {
        get
        {
            var start = Svg.IndexOf("<svg", StringComparison.Ordinal);
            return start > 0 ? Svg[start..] : Svg;
        }
    }
}
