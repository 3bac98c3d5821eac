using System.Diagnostics;

namespace CmkSim.Tests.Reports;

/// <summary>FIFOs and snapshots of folder trees for the output-safety tests.</summary>
public static class FileSystemItems
{
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its size and last write, except under the excluded relative paths.</summary>
    public static SortedDictionary<string, string> Snapshot(string root, params string[] excluded)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (excluded.Any(x => relative == x || relative.StartsWith(x + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            snapshot[relative] = entry is FileInfo file ? $"{file.Length} {file.LastWriteTimeUtc.Ticks} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file.FullName)))}" : "dir";
        }

        return snapshot;
    }
}
