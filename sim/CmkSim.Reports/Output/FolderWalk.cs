using CmkSim.Files;

namespace CmkSim.Reports.Output;

/// <summary>Everything under a folder, by lstat, never descending through a symbolic link (which could lead anywhere).</summary>
public static class FolderWalk
{
    /// <summary>Relative paths ('/' separators) and kinds, in ordinal order; folders are listed and then walked.</summary>
    public static IReadOnlyList<(string Path, FileKind Kind)> Entries(string folder)
    {
        var found = new List<(string, FileKind)>();
        Walk(folder, string.Empty, found);
        return found.OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    private static void Walk(string folder, string prefix, List<(string, FileKind)> found)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var relative = prefix + Path.GetFileName(entry);
            var kind = FileStatus.Kind(entry);
            found.Add((relative, kind));
            if (kind == FileKind.Directory)
            {
                Walk(entry, relative + "/", found);
            }
        }
    }

    /// <summary>The kind of <paramref name="relative"/> under <paramref name="folder"/>; a link anywhere on the way counts as a link.</summary>
    public static FileKind KindWithin(string folder, string relative)
    {
        var path = folder;
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            path = Path.Combine(path, parts[i]);
            var kind = FileStatus.Kind(path);
            if (i == parts.Length - 1)
            {
                return kind;
            }

            if (kind != FileKind.Directory)
            {
                // A file where a folder should be means the path is not there; a link or FIFO on the way is reported as such.
                return kind == FileKind.Regular ? FileKind.Missing : kind;
            }
        }

        return FileKind.Missing;
    }
}
