using CmkSim.Files;
using CmkSim.Reports.Output;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Checks a signed report folder with managed RSA and the public key the manifest carries (no HSM needed): the
/// key's fingerprint, the signature over the canonical file list, and every file's hash. Nothing but regular files
/// is opened: a listed or unlisted link, FIFO or device is a problem, never followed.
/// </summary>
public static class ManifestVerifier
{
    public static ManifestVerification Verify(string folder, string? requiredFingerprint = null)
    {
        if (FileStatus.Kind(folder) is not (FileKind.Directory or FileKind.SymbolicLink) || !Directory.Exists(folder))
        {
            return Failed($"'{folder}' is not a folder");
        }

        var (manifest, error) = ManifestReader.Read(Path.Combine(folder, ReportFiles.Manifest), Manifest.CurrentFormat);
        if (manifest is null)
        {
            return Failed(error!);
        }

        var (signatureValid, fingerprint, signatureError) = ManifestReader.CheckSignature(manifest);
        if (signatureError is not null)
        {
            return Failed(signatureError);
        }

        var accepted = requiredFingerprint is null || string.Equals(requiredFingerprint.Trim(), fingerprint, StringComparison.OrdinalIgnoreCase);
        var problems = ListedProblems(folder, manifest);
        problems.AddRange(UnlistedProblems(folder, manifest, ReportFiles.Manifest));
        return new ManifestVerification(signatureValid, accepted, fingerprint, manifest.Files.Count, problems, null);
    }

    /// <summary>Each listed file: present, a regular file (through no link) and unchanged.</summary>
    public static List<FileProblem> ListedProblems(string folder, Manifest manifest)
    {
        var problems = new List<FileProblem>();
        foreach (var file in manifest.Files)
        {
            var kind = FolderWalk.KindWithin(folder, file.Path);
            if (kind == FileKind.Missing)
            {
                problems.Add(new FileProblem(file.Path, FileProblemKind.Missing));
            }
            else if (kind != FileKind.Regular)
            {
                problems.Add(new FileProblem(file.Path, FileProblemKind.NotRegular));
            }
            else if (!string.Equals(ManifestWriter.Hash(Path.Combine(folder, file.Path)), file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new FileProblem(file.Path, FileProblemKind.Changed));
            }
        }

        return problems;
    }

    /// <summary>Anything in the folder the manifest does not list: files, links, FIFOs (folders only hold listed files).</summary>
    public static IEnumerable<FileProblem> UnlistedProblems(string folder, Manifest manifest, string manifestName)
    {
        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return FolderWalk.Entries(folder)
            .Where(e => e.Path != manifestName && !listed.Contains(e.Path) && e.Kind != FileKind.Directory)
            .Select(e => new FileProblem(e.Path, e.Kind == FileKind.Regular ? FileProblemKind.Unlisted : FileProblemKind.NotRegular));
    }

    private static ManifestVerification Failed(string error) => new(false, false, null, 0, [], error);
}
