using ScottPlot;

namespace CmkSim.Reports.Plots;

/// <summary>The look every report plot shares: fixed size, title, axis labels with units, legend outside the data.</summary>
public static class PlotCanvas
{
    public const int Width = 900;
    public const int Height = 420;

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, 16);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        return plot;
    }

    /// <summary>Renders with the legend to the right of the data area, so it never covers a series.</summary>
    public static RenderedPlot Render(Plot plot, string name, string title, bool legend = true)
    {
        if (legend)
        {
            plot.ShowLegend(Edge.Right);
        }

        if (plot.GetPlottables().Count() == 0)
        {
            plot.Add.Annotation("no data in this run");
        }

        var svg = SvgIds.Normalize(plot.GetSvgXml(Width, Height), name);
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new RenderedPlot(name, title, svg, png);
    }

    /// <summary>A fixed colour per well-known name, so "Locked" is red in every plot of every report.</summary>
    public static Color ColorFor(string category, int index) => category switch
    {
        "Enabled" or "Encrypted" or "readable" => Color.FromHex("#2e7d32"),
        "Disabled" => Color.FromHex("#9e9e9e"),
        "Locked" => Color.FromHex("#c62828"),
        "Failed" => Color.FromHex("#ef6c00"),
        "Deleted" => Color.FromHex("#212121"),
        "MicrosoftManaged" => Color.FromHex("#1565c0"),
        "Warning" => Color.FromHex("#f9a825"),
        "unreadable" => Color.FromHex("#b71c1c"),
        _ => new ScottPlot.Palettes.Category10().GetColor(index),
    };
}
