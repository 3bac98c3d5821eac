namespace CmkSim.Reports.Signing;

/// <summary>A file of a signed folder whose hash no longer matches, that is gone, or that the manifest does not list.</summary>
public sealed record FileProblem(string Path, FileProblemKind Kind);
