using CmkSim.Files;
using CmkSim.Scenarios;

namespace CmkSim.Simulation.Runs;

/// <summary>
/// Turns the files and folders a user names into scenario files: folders give their *.yaml / *.yml, recursively, in
/// ordinal order. Linked folders are not entered (no loops, no leaving the tree); any entry named *.yaml / *.yml
/// that is not a plain file (a folder, a FIFO, a device, a broken or looping link) is still listed, so the loader
/// reports it as <c>file:1:1: file: ...</c> rather than it being skipped silently. A link found in a folder that
/// points out of it is refused unread (<c>Refused</c>): a shared folder's "scenario.yaml" linked to a file of the
/// user's would otherwise have its values echoed in error messages. A file named on the command line is used as named.
/// </summary>
public static class ScenarioFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing, IReadOnlyList<ScenarioError> Refused) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var refused = new List<ScenarioError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path).Order(StringComparer.Ordinal))
                {
                    if (LinkOut(path, file) is { } problem)
                    {
                        refused.Add(new ScenarioError(new SourceLocation(file, 1, 1), "file", problem));
                    }
                    else
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(path) || IsLink(path))
            {
                // A named path is used as given: the loader says what is wrong with it, if anything.
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing, refused);
    }

    /// <summary>Why <paramref name="file"/>, found in <paramref name="root"/>, is not read: a link that resolves outside it.</summary>
    private static string? LinkOut(string root, string file)
    {
        if (!IsLink(file) || SafeFile.Resolve(file, out _) is not { } target)
        {
            return null; // not a link, or a broken or looping one: the loader says so
        }

        var folder = SafeFile.Resolve(root, out _) ?? Path.GetFullPath(root);
        return target.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? null
            : $"is a link out of the folder {folder}, not read: a scenario found in a folder must be inside it (name the file itself to run it)";
    }

    private static List<string> Walk(string root)
    {
        var found = new List<string>();
        var folders = new Stack<string>([root]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (folders.TryPop(out var folder))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder can't hide scenarios silently: listed, the loader reports it (permission denied).
                found.Add(folder);
                continue;
            }

            foreach (var entry in entries)
            {
                var link = entry.LinkTarget is not null;
                if (IsScenario(entry.Name))
                {
                    found.Add(Path.Combine(folder, entry.Name));
                }
                else if (entry is DirectoryInfo && !link)
                {
                    folders.Push(Path.Combine(folder, entry.Name));
                }
            }
        }

        return found;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsScenario(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
