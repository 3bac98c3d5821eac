using System.Text;
using CmkSim.Files;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Output;

/// <summary>
/// Where a run's reports go, checked before anything runs: --out is usable, every scenario's name is one safe folder
/// directly under it, no two scenarios share a folder (ignoring case, as some file systems do), and whatever is
/// already at each place, and at the index's, is CmkSim's to replace.
/// </summary>
public sealed class RunPlan
{
    private RunPlan(string root, IReadOnlyList<string> folders)
    {
        Root = root;
        Folders = folders;
    }

    /// <summary>The full path of --out.</summary>
    public string Root { get; }

    /// <summary>Each scenario's folder name, in run order.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>
    /// Why the scenarios' names can't be their report folders, whatever --out is: a name that is no folder name or
    /// one of the index's, or two names that are one folder ignoring case. <c>validate</c> asks it too, so what it
    /// passes, <c>run</c> does not refuse.
    /// </summary>
    public static IEnumerable<string> NameProblems(IReadOnlyList<(string Name, string Where)> scenarios)
    {
        var taken = new Dictionary<string, (string Name, string Where)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, where) in scenarios)
        {
            if (ReportFolderName.Problem(name) is { } nameProblem)
            {
                yield return $"{where}: name: '{Shown(name)}' can't be a report folder: {nameProblem}";
            }
            else if (taken.TryGetValue(name, out var first))
            {
                yield return $"{where}: name: '{name}' would write to the same report folder as '{first.Name}' ({first.Where}); " +
                             "report folders must differ, ignoring case";
            }
            else
            {
                taken.Add(name, (name, where));
            }
        }
    }

    /// <summary>Checks everything; throws <see cref="ReportOutputException"/> with every problem found.</summary>
    /// <param name="scenarios">Each scenario's name and where the name is written (file:line:column).</param>
    public static RunPlan Create(string output, IReadOnlyList<(string Name, string Where)> scenarios)
    {
        if (OutputRoot.Problem(output) is { } outProblem)
        {
            throw new ReportOutputException([$"cmksim: {outProblem}"]);
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var problems = NameProblems(scenarios).ToList();
        // Belt and braces: a name the checks above pass can't resolve anywhere else.
        problems.AddRange(scenarios
            .Where(s => ReportFolderName.Problem(s.Name) is null
                && !string.Equals(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, s.Name))), root, StringComparison.Ordinal))
            .Select(s => $"{s.Where}: name: '{s.Name}' does not resolve to a folder directly under {root}"));

        if (problems.Count > 0)
        {
            throw new ReportOutputException(problems);
        }

        var plan = new RunPlan(root, scenarios.Select(s => s.Name).ToList());
        plan.ThrowIfInTheWay();
        return plan;
    }

    /// <summary>Checked before the run and again just before the reports are moved into place.</summary>
    public void ThrowIfInTheWay()
    {
        var problems = ProblemsInTheWay();
        if (problems.Count > 0)
        {
            throw new ReportOutputException(problems);
        }
    }

    private List<string> ProblemsInTheWay()
    {
        var problems = new List<string>();
        if (FileStatus.Kind(Root) == FileKind.Missing)
        {
            return problems;
        }

        foreach (var name in Folders)
        {
            var target = Path.Combine(Root, name);
            if (ReportFolderOwnership.Problem(target) is { } problem)
            {
                problems.Add($"cmksim: {target} {problem}; nothing was deleted: move it away or choose another --out");
            }
        }

        foreach (var (file, problem) in IndexProblems())
        {
            problems.Add($"cmksim: {Path.Combine(Root, file)} {problem}; nothing was deleted: move it away or choose another --out");
        }

        return problems;
    }

    /// <summary>The index's files are replaced only when they are regular files that CmkSim wrote (by their content).</summary>
    private IEnumerable<(string File, string Problem)> IndexProblems()
    {
        foreach (var (file, marker) in new[] { (ReportFiles.IndexHtml, "<title>CmkSim scenario run</title>"), (ReportFiles.IndexMarkdown, "# CmkSim scenario run") })
        {
            var path = Path.Combine(Root, file);
            var kind = FileStatus.Kind(path);
            if (kind == FileKind.Missing)
            {
                continue;
            }

            if (kind != FileKind.Regular)
            {
                yield return (file, $"is {ManifestReader.Describe(kind)}, not the run's index");
            }
            else if (!StartsWith(path, marker))
            {
                yield return (file, "is not an index CmkSim wrote");
            }
        }

        var manifest = Path.Combine(Root, ReportFiles.IndexManifest);
        if (FileStatus.Kind(manifest) != FileKind.Missing && ManifestReader.Read(manifest, Manifest.IndexFormat).Error is { } error)
        {
            yield return (ReportFiles.IndexManifest, $"is not an index manifest CmkSim wrote ({error})");
        }

        var plots = Path.Combine(Root, ReportFiles.IndexPlots);
        switch (FileStatus.Kind(plots))
        {
            case FileKind.Missing:
                break;
            case FileKind.Directory:
                foreach (var entry in Directory.EnumerateFileSystemEntries(plots).Where(e => Path.GetFileName(e).StartsWith("walltime.", StringComparison.Ordinal)))
                {
                    if (FileStatus.Kind(entry) is not FileKind.Regular and var kind)
                    {
                        yield return (Path.GetRelativePath(Root, entry), $"is {ManifestReader.Describe(kind)}, not the index's plot");
                    }
                }

                break;
            case var kind:
                yield return (ReportFiles.IndexPlots, $"is {ManifestReader.Describe(kind)}, not the index's plots folder");
                break;
        }
    }

    /// <summary>A name as quoted in a message: long ones cut, so one line stays one line.</summary>
    private static string Shown(string name) => name.Length <= 80 ? name : name[..80] + "…";

    private static bool StartsWith(string path, string marker)
    {
        var head = new byte[1024];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(head, 0, read).Contains(marker, StringComparison.Ordinal);
    }
}
