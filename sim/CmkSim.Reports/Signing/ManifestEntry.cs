namespace CmkSim.Reports.Signing;

/// <summary>One file of a signed report folder: its path relative to the folder ('/' separators) and SHA-256, hex.</summary>
public sealed record ManifestEntry(string Path, string Sha256);
