namespace CmkSim.Reports.Signing;

/// <summary>A run folder checked: the index's own signed manifest, then every report folder it lists.</summary>
public sealed record RunVerification(ManifestVerification Index, IReadOnlyList<(string Folder, ManifestVerification Result)> Reports)
{
    public bool Verified => Index.Verified && Reports.All(r => r.Result.Verified);
}
