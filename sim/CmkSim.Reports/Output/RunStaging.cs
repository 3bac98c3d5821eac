using System.Text.RegularExpressions;
using CmkSim.Files;

namespace CmkSim.Reports.Output;

/// <summary>
/// A run's hidden working folder inside --out (<c>.cmksim-staging-&lt;pid&gt;-&lt;n&gt;</c>), laid out like --out
/// itself: each scenario's report folder and the index are written and signed here, and moved into place only when
/// all are complete. Until then nothing in place changes; disposing without <see cref="Commit"/> (a failure,
/// Ctrl-C) removes the folder. Folders replaced at commit are moved aside into it first and go with it. Each carries
/// an <see cref="OwnerMarker"/>, so a killed run's folder is recognised later, just as a killed run's token directory.
/// </summary>
public sealed partial class RunStaging : IDisposable
{
    public const string Prefix = ReportFolderName.WorkPrefix + "staging-";

    private const string Aside = ".replaced";
    private static int counter;
    private readonly RunPlan plan;

    private RunStaging(RunPlan plan, string folder)
    {
        this.plan = plan;
        Folder = folder;
    }

    /// <summary>The staging folder: write scenario folders and index files here, at the paths they will have under --out.</summary>
    public string Folder { get; }

    /// <summary>Creates --out if missing, removes what killed runs left and opens a fresh staging folder.</summary>
    public static RunStaging Begin(RunPlan plan)
    {
        Directory.CreateDirectory(plan.Root);
        RemoveAbandoned(plan.Root);
        while (true)
        {
            var folder = Path.Combine(plan.Root, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref counter)}");
            if (FileStatus.Kind(folder) != FileKind.Missing)
            {
                continue;
            }

            Directory.CreateDirectory(folder);
            OwnerMarker.Mark(folder);
            return new RunStaging(plan, folder);
        }
    }

    public string ScenarioFolder(string name) => Path.Combine(Folder, name);

    /// <summary>
    /// Checks again that nothing foreign is in the way, then moves every report folder into place (an old one of ours
    /// renamed aside first) and the index files over the old ones, its manifest last. On a failure the folders moved
    /// so far are put back.
    /// </summary>
    public void Commit(IReadOnlyList<string> indexFiles)
    {
        plan.ThrowIfInTheWay();
        var aside = Path.Combine(Folder, Aside);
        Directory.CreateDirectory(aside);
        var moved = new List<(string Name, bool HadOld)>();
        try
        {
            foreach (var name in plan.Folders)
            {
                var target = Path.Combine(plan.Root, name);
                var hadOld = FileStatus.Kind(target) == FileKind.Directory;
                if (hadOld)
                {
                    Directory.Move(target, Path.Combine(aside, name));
                }

                moved.Add((name, hadOld));
                Directory.Move(ScenarioFolder(name), target);
            }
        }
        catch
        {
            PutBack(moved, aside);
            throw;
        }

        // Each rename replaces one file atomically; the manifest goes last, so a reader never sees it sign files not yet there.
        foreach (var file in indexFiles.OrderBy(f => f.EndsWith(".manifest.json", StringComparison.Ordinal)))
        {
            var target = Path.Combine(plan.Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(Folder, file), target, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (FileStatus.Kind(Folder) == FileKind.Directory)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private void PutBack(List<(string Name, bool HadOld)> moved, string aside)
    {
        foreach (var (name, hadOld) in Enumerable.Reverse(moved))
        {
            var target = Path.Combine(plan.Root, name);
            if (FileStatus.Kind(ScenarioFolder(name)) == FileKind.Missing && FileStatus.Kind(target) == FileKind.Directory)
            {
                Directory.Move(target, ScenarioFolder(name));
            }

            if (hadOld && FileStatus.Kind(target) == FileKind.Missing)
            {
                Directory.Move(Path.Combine(aside, name), target);
            }
        }
    }

    /// <summary>
    /// Staging folders of runs whose process is gone (killed): ours by name, owner and marker (see
    /// <see cref="OwnerMarker.IsAbandoned"/>). A report folder a killed run had moved aside, with nothing moved into its
    /// place yet, is put back first.
    /// </summary>
    public static IReadOnlyList<string> RemoveAbandoned(string root)
    {
        var removed = new List<string>();
        foreach (var folder in OwnerMarker.FindAbandoned(root, Prefix + "*").Where(f => StagingName().IsMatch(Path.GetFileName(f))))
        {
            var aside = Path.Combine(folder, Aside);
            if (FileStatus.Kind(aside) == FileKind.Directory)
            {
                foreach (var old in Directory.EnumerateDirectories(aside))
                {
                    var target = Path.Combine(root, Path.GetFileName(old));
                    if (FileStatus.Kind(target) == FileKind.Missing)
                    {
                        Directory.Move(old, target);
                    }
                }
            }

            Directory.Delete(folder, recursive: true);
            removed.Add(folder);
        }

        return removed;
    }

    [GeneratedRegex(@"^\.cmksim-staging-\d{1,10}-\d{1,10}$")]
    private static partial Regex StagingName();
}
