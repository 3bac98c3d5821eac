namespace CmkSim.Reports.Writers;

/// <summary>The names of the files a report folder holds.</summary>
public static class ReportFiles
{
    public const string Html = "report.html";
    public const string Markdown = "report.md";
    public const string Results = "results.json";
    public const string Junit = "junit.xml";
    public const string Audit = "audit.jsonl";
    public const string WallClock = "wallclock.json";
    public const string Manifest = "manifest.json";
}
