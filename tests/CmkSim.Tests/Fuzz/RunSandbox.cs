using System.Security.Cryptography;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// A folder for one <c>cmksim run</c>: the scenario in scenarios/, user files it must never touch beside it and
/// inside out/ (where a scenario named <c>sim</c> or <c>.</c> would land), and tmp/ as the process's TMPDIR.
/// A snapshot (hash of every file, list of every folder) taken before and after shows anything changed.
/// </summary>
public sealed class RunSandbox : IDisposable
{
    private static readonly string[] OutsideSentinels = ["keep.txt", "sim/keep.txt", "x/keep.txt", "abs/keep.txt", "scenarios/keep.txt"];
    private static readonly string[] UserFilesInOut = ["out/keep.txt", "out/sim/keep.txt"];

    public RunSandbox()
    {
        Root = Directory.CreateTempSubdirectory("cmksim-fuzz-run-").FullName;
        foreach (var sentinel in OutsideSentinels.Concat(UserFilesInOut))
        {
            var path = Path.Combine(Root, sentinel);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"a user's file: {sentinel}\n");
        }

        Directory.CreateDirectory(Temp);
    }

    public string Root { get; }

    public string Out => Path.Combine(Root, "out");

    public string Scenarios => Path.Combine(Root, "scenarios");

    public string Temp => Path.Combine(Root, "tmp");

    /// <summary>Every file (with its hash) and folder outside out/ and tmp/, plus the user's files inside out/.</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(Root))
        {
            return entries;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(Root, entry);
            var inOut = relative == "out" || relative.StartsWith("out/", StringComparison.Ordinal);
            if (relative == "tmp" || relative.StartsWith("tmp/", StringComparison.Ordinal) || (inOut && !UserFilesInOut.Contains(relative)))
            {
                continue;
            }

            entries[relative] = Directory.Exists(entry) && !File.Exists(entry) ? "folder" : Hash(entry);
        }

        return entries;
    }

    /// <summary>What differs between two snapshots, as short lines ("deleted keep.txt", "new x/report.html").</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var deleted = before.Keys.Where(k => !after.ContainsKey(k)).Select(k => $"deleted {k}");
        var changed = before.Keys.Where(k => after.TryGetValue(k, out var hash) && hash != before[k]).Select(k => $"changed {k}");
        var created = after.Keys.Where(k => !before.ContainsKey(k)).Select(k => $"new {k}");
        return [.. deleted, .. changed, .. created];
    }

    /// <summary>SoftHSM2 token folders the run left in its TMPDIR.</summary>
    public IReadOnlyList<string> LeftoverTokens() =>
        Directory.Exists(Temp) ? Directory.GetDirectories(Temp, "cmksim-hsm-*").Select(d => Path.GetFileName(d)).ToList() : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Hash(string file)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (IOException e)
        {
            return "unreadable: " + e.GetType().Name;
        }
    }
}
