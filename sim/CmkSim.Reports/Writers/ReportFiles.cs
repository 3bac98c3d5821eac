namespace CmkSim.Reports.Writers;

/// <summary>The names of the files a report folder holds, and of the run index's files beside the report folders.</summary>
public static class ReportFiles
{
    public const string Html = "report.html";
    public const string Markdown = "report.md";
    public const string Results = "results.json";
    public const string Junit = "junit.xml";
    public const string Audit = "audit.jsonl";
    public const string WallClock = "wallclock.json";
    public const string Manifest = "manifest.json";

    /// <summary>The run as a NIST OSCAL 1.1.2 assessment-results document.</summary>
    public const string AssessmentResults = "assessment-results.json";

    public const string IndexHtml = "index.html";
    public const string IndexMarkdown = "index.md";
    public const string IndexManifest = "index.manifest.json";

    /// <summary>The index's plots: a folder of their own, so no scenario's folder can be named like them (the name is reserved).</summary>
    public const string IndexPlots = "index-plots";
}
