using CmkSim.Files;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Output;

/// <summary>
/// Decides whether a run may replace what is at a report folder's place: nothing there, or a folder CmkSim wrote,
/// recognised by a manifest.json of our format whose signature holds, whose file list covers every file in the
/// folder and whose hashes every file still has. Anything else (a user's file, a report file the user edited, no
/// manifest, a file or link instead of a folder) is not ours to delete.
/// </summary>
public static class ReportFolderOwnership
{
    /// <summary>Why the run must not replace <paramref name="folder"/>, with the entries that are not ours; null when it may.</summary>
    public static string? Problem(string folder)
    {
        switch (FileStatus.Kind(folder))
        {
            case FileKind.Missing:
                return null;
            case FileKind.Directory:
                break;
            case var kind:
                return $"is {ManifestReader.Describe(kind)}, not a report folder";
        }

        var (manifest, error) = ManifestReader.Read(Path.Combine(folder, ReportFiles.Manifest), Manifest.CurrentFormat);
        if (manifest is null)
        {
            return $"is not a CmkSim report folder ({error})";
        }

        if (!ManifestReader.CheckSignature(manifest).Valid)
        {
            return "holds a manifest.json whose signature does not hold, so it is not known to be CmkSim's";
        }

        // Folders are ours when they lead to a listed file; any other entry (files, links, empty folders) is not.
        var listed = manifest.Files.Select(f => f.Path).Append(ReportFiles.Manifest).ToHashSet(StringComparer.Ordinal);
        var parents = listed.SelectMany(Parents).ToHashSet(StringComparer.Ordinal);
        var foreign = FolderWalk.Entries(folder)
            .Where(e => e.Kind == FileKind.Directory ? !parents.Contains(e.Path) : e.Kind != FileKind.Regular || !listed.Contains(e.Path))
            .Select(e => e.Path)
            .ToList();
        if (foreign.Count > 0)
        {
            return $"holds files CmkSim did not write: {List(foreign)}";
        }

        // A listed file edited since (notes added to report.md, say) is the user's work now: not ours to overwrite.
        var changed = ManifestVerifier.ListedProblems(folder, manifest).Where(p => p.Kind == FileProblemKind.Changed).Select(p => p.Path).ToList();
        return changed.Count == 0 ? null : $"holds files changed since CmkSim wrote them: {List(changed)}";
    }

    private static string List(IReadOnlyList<string> paths) =>
        string.Join(", ", paths.Take(10)) + (paths.Count > 10 ? $" and {paths.Count - 10} more" : "");

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
