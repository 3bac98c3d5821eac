using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>One scenario of a multi-scenario run and the relative link to its report folder's report.html.</summary>
public sealed record IndexEntry(RunReport Report, string ReportLink);
