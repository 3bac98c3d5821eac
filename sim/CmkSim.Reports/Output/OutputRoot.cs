using CmkSim.Files;

namespace CmkSim.Reports.Output;

/// <summary>
/// The --out folder: never a file, the file system root, a top-level system folder or the home folder itself,
/// where one folder per scenario (and an index) would sit among the user's or the system's own files.
/// </summary>
public static class OutputRoot
{
    private static readonly HashSet<string> SystemFolders = new(StringComparer.Ordinal)
    {
        "bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "lost+found", "media", "mnt", "nix",
        "opt", "proc", "root", "run", "sbin", "snap", "srv", "sys", "tmp", "usr", "var",
        "Applications", "Library", "System", "Users", "Volumes", "private",
    };

    /// <summary>Why <paramref name="argument"/> can't be --out, or null when it can (missing is fine: it is created).</summary>
    public static string? Problem(string argument)
    {
        if (argument.Trim().Length == 0)
        {
            return "--out is empty: name a folder for the reports";
        }

        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(argument));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--out '{argument}' is not a usable path: {e.Message}";
        }

        switch (FileStatus.Kind(full))
        {
            case FileKind.Regular or FileKind.Special:
                return $"--out '{argument}' is a file, not a folder";
            case FileKind.SymbolicLink when !Directory.Exists(full):
                return $"--out '{argument}' is a link to something that is not a folder";
        }

        // Judge both the name given and where a link leads (/lib64 is often a link into /usr).
        var target = FileStatus.Kind(full) == FileKind.SymbolicLink
            ? Path.TrimEndingDirectorySeparator(new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full)
            : full;
        if (IsSystemFolder(target) && !IsSystemFolder(full))
        {
            full = target;
        }

        if (IsSystemFolder(full))
        {
            return $"--out '{argument}' is {(full == Path.GetPathRoot(full) ? "the file system root" : "a system folder")} ({full}): " +
                   "name a folder of its own for the reports, e.g. out/";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var homeFull = home.Length > 0 ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)) : null;
        if (homeFull is not null && (string.Equals(homeFull, full, StringComparison.Ordinal) || string.Equals(homeFull, target, StringComparison.Ordinal)))
        {
            return $"--out '{argument}' is your home folder: name a folder of its own for the reports, e.g. ~/cmksim-out";
        }

        return null;
    }

    private static bool IsSystemFolder(string full)
    {
        var root = Path.GetPathRoot(full);
        if (root is null || string.Equals(Path.TrimEndingDirectorySeparator(root), full, StringComparison.Ordinal) || full == root)
        {
            return true;
        }

        var parent = Path.GetDirectoryName(full);
        return parent is not null && string.Equals(parent, root, StringComparison.Ordinal) && SystemFolders.Contains(Path.GetFileName(full));
    }
}
