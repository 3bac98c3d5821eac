using CmkSim.Files;
using CmkSim.Reports.Output;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Checks a run folder (--out): index.manifest.json signs the index files and the hash of each scenario's
/// manifest.json, so verifying it and then each listed report folder covers the whole run.
/// </summary>
public static class RunVerifier
{
    /// <summary>True when <paramref name="folder"/> holds a run index manifest (else it is verified as one report folder).</summary>
    public static bool IsRunFolder(string folder) => FileStatus.Kind(Path.Combine(folder, ReportFiles.IndexManifest)) != FileKind.Missing;

    public static RunVerification Verify(string folder, string? requiredFingerprint = null)
    {
        var (manifest, error) = ManifestReader.Read(Path.Combine(folder, ReportFiles.IndexManifest), Manifest.IndexFormat);
        if (manifest is null)
        {
            return new RunVerification(new ManifestVerification(false, false, null, 0, [], error), []);
        }

        var (valid, fingerprint, signatureError) = ManifestReader.CheckSignature(manifest);
        if (signatureError is not null)
        {
            return new RunVerification(new ManifestVerification(false, false, null, 0, [], signatureError), []);
        }

        var accepted = requiredFingerprint is null || string.Equals(requiredFingerprint.Trim(), fingerprint, StringComparison.OrdinalIgnoreCase);
        var problems = ManifestVerifier.ListedProblems(folder, manifest);
        var plots = Path.Combine(folder, ReportFiles.IndexPlots);
        if (FileStatus.Kind(plots) == FileKind.Directory)
        {
            // Only the index's own plots folder is checked for strays: --out also holds other runs' report folders.
            var inPlots = manifest with
            {
                Files = manifest.Files.Where(f => f.Path.StartsWith(ReportFiles.IndexPlots + "/", StringComparison.Ordinal))
                    .Select(f => f with { Path = f.Path[(ReportFiles.IndexPlots.Length + 1)..] }).ToList(),
            };
            problems.AddRange(ManifestVerifier.UnlistedProblems(plots, inPlots, string.Empty)
                .Select(p => p with { Path = $"{ReportFiles.IndexPlots}/{p.Path}" }));
        }

        var index = new ManifestVerification(valid, accepted, fingerprint, manifest.Files.Count, problems, null);
        var reports = manifest.Files
            .Select(f => f.Path.Split('/'))
            .Where(parts => parts is [_, ReportFiles.Manifest])
            .Select(parts => parts[0])
            .Order(StringComparer.Ordinal)
            .Select(name => (name, ManifestVerifier.Verify(Path.Combine(folder, name), requiredFingerprint ?? fingerprint)))
            .ToList();
        return new RunVerification(index, reports);
    }
}
