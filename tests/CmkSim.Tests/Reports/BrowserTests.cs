using System.Text.RegularExpressions;
using CmkSim.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace CmkSim.Tests.Reports;

/// <summary>
/// The HTML reports in a real browser: headless Chromium loads report.html and index.html from disk with no failed
/// request, no console message or error, no request leaving file://, and a screenshot shows every plot drawn.
/// </summary>
public sealed partial class BrowserTests(ITestOutputHelper output)
{
    /// <summary>A channel counts as saturated (a plot fill or series line, not text, grid or background) above this.</summary>
    private const int SaturationFloor = 60;

    [Fact]
    public async Task Report_and_index_load_cleanly_in_headless_Chromium_and_their_plots_are_drawn()
    {
        var folder = ReportFolders.New("browser");
        var run = await CmkSimProcess.RunAsync("run", Path.Combine(RepoPaths.Root, "scenarios", "14-reset.yaml"), "--out", folder);
        Assert.True(run.ExitCode == 0, $"cmksim run exited {run.ExitCode}\n{run.Output}\n{run.Error}");

        await CheckPageAsync(Path.Combine(folder, "reset", "report.html"), folder);
        await CheckPageAsync(Path.Combine(folder, "index.html"), folder);
        if (Environment.GetEnvironmentVariable("CMKSIM_KEEP_SCREENSHOTS") != "1")
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_browser_check_sees_a_missing_file_a_remote_request_a_console_error_and_an_exception()
    {
        var folder = ReportFolders.New("browser-bad");
        var page = Path.Combine(folder, "bad.html");
        File.WriteAllText(page, """
            <!DOCTYPE html><html><body><img src="missing.png"><img src="https://cmksim.invalid/x.png">
            <script>console.error("boom"); throw new Error("oops");</script></body></html>
            """);

        var load = await HeadlessChromium.LoadAsync(page);

        var problems = string.Join("\n", load.Problems);
        Assert.Contains("ERR_FILE_NOT_FOUND", problems);
        Assert.Contains("ERR_NAME_NOT_RESOLVED", problems);
        Assert.Contains("console.error", problems);
        Assert.Contains("oops", problems);
        Assert.Contains(load.Requests, r => r.StartsWith("https://", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    private async Task CheckPageAsync(string page, string folder)
    {
        var name = Path.GetRelativePath(folder, page);
        var html = File.ReadAllText(page);
        var remote = RemoteReference().Matches(html).Select(m => m.Value).ToList();
        Assert.True(remote.Count == 0, $"{name} references remote resources: {string.Join(", ", remote)}");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var svgs = Regex.Matches(html, "<svg[\\s>]").Count;
        Assert.True(svgs > 0, $"{name} has no inline SVG plot");

        var started = DateTime.UtcNow;
        var load = await HeadlessChromium.LoadAsync(page);
        var screenshot = Path.ChangeExtension(page, ".screenshot.png");
        File.WriteAllBytes(screenshot, load.Png);
        output.WriteLine($"{name}: loaded in {(DateTime.UtcNow - started).TotalSeconds:0.0} s; {load.Requests.Count} request(s); screenshot {screenshot}");

        Assert.True(load.Problems.Count == 0, $"{name} in Chromium:\n{string.Join("\n", load.Problems)}");
        var offDisk = load.Requests.Where(r => !r.StartsWith("file://", StringComparison.Ordinal) && !r.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(offDisk.Count == 0, $"{name} made requests off the disk: {string.Join(", ", offDisk)}");
        Assert.Contains(new Uri(page).AbsoluteUri, load.Requests);
        var logged = load.BrowserLog.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains("net::ERR_", StringComparison.Ordinal)).ToList();
        Assert.True(logged.Count == 0, $"{name}: Chromium logged\n{string.Join("\n", logged)}");

        var image = Rgba.Decode(load.Png);
        var whole = image.Measure(0, 0, image.Width, image.Height);
        output.WriteLine($"{name}: screenshot {image.Width}x{image.Height}, {whole.Ink:P1} non-background, {whole.Colour:P2} saturated");
        Assert.True(whole.Ink > 0.01, $"{name}: the screenshot is blank ({whole.Ink:P2} non-background pixels)");

        Assert.True(load.SvgBoxes.Count == svgs, $"{name}: {svgs} <svg> in the HTML, {load.SvgBoxes.Count} laid out by Chromium");
        long plotPixels = 0, plotColour = 0;
        foreach (var (box, i) in load.SvgBoxes.Select((b, i) => (b, i)))
        {
            Assert.True(box.Width >= 200 && box.Height >= 100, $"{name}: plot {i + 1} is laid out at {box.Width}x{box.Height} px");
            var m = image.Measure((int)box.X, (int)box.Y, (int)box.Width, (int)box.Height);
            output.WriteLine($"{name}: plot {i + 1} at ({box.X:0},{box.Y:0}) {box.Width:0}x{box.Height:0}: {m.Ink:P1} non-background, {m.Colour:P2} saturated");
            Assert.True(m.Ink > 0.02, $"{name}: plot {i + 1} looks empty ({m.Ink:P2} non-background pixels in its box)");
            Assert.True(m.Colour > 0.002, $"{name}: plot {i + 1} shows no data ({m.Colour:P2} coloured pixels in its box)");
            plotPixels += m.Pixels;
            plotColour += m.ColourPixels;
        }

        Assert.True(plotColour > 0.02 * plotPixels, $"{name}: only {(double)plotColour / plotPixels:P2} of the plots' pixels are coloured; the series are not drawn");
    }

    /// <summary>An http(s) or protocol-relative URL in a place that loads it: src, href, url(), @import.</summary>
    [GeneratedRegex(@"(?:\b(?:src|href|srcset|poster|data|action)\s*=\s*[""']?\s*(?:https?:)?//|url\(\s*[""']?\s*(?:https?:)?//|@import)", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteReference();

    private sealed record Measurement(long Pixels, long InkPixels, long ColourPixels)
    {
        public double Ink => Pixels == 0 ? 0 : (double)InkPixels / Pixels;
        public double Colour => Pixels == 0 ? 0 : (double)ColourPixels / Pixels;
    }

    /// <summary>A decoded screenshot as RGBA bytes.</summary>
    private sealed class Rgba(int width, int height, int rowBytes, byte[] pixels)
    {
        public int Width => width;
        public int Height => height;

        public static Rgba Decode(byte[] png)
        {
            using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Chromium's screenshot is not a PNG");
            using var bitmap = decoded.Copy(SKColorType.Rgba8888);
            return new Rgba(bitmap.Width, bitmap.Height, bitmap.RowBytes, bitmap.GetPixelSpan().ToArray());
        }

        /// <summary>Non-background: darker than near-white. Coloured: max minus min channel at least <see cref="SaturationFloor"/>.</summary>
        public Measurement Measure(int x0, int y0, int w, int h)
        {
            long all = 0, ink = 0, colour = 0;
            for (var y = Math.Max(0, y0); y < Math.Min(height, y0 + h); y++)
            {
                for (var x = Math.Max(0, x0); x < Math.Min(width, x0 + w); x++)
                {
                    var i = (y * rowBytes) + (x * 4);
                    int r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
                    var max = Math.Max(r, Math.Max(g, b));
                    var min = Math.Min(r, Math.Min(g, b));
                    all++;
                    ink += min < 230 ? 1 : 0;
                    colour += max - min >= SaturationFloor ? 1 : 0;
                }
            }

            return new Measurement(all, ink, colour);
        }
    }
}
