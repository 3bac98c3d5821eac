using System.Xml.Linq;

namespace CmkSim.Tests.Guards;

/// <summary>Projects (by file name), their project references and package references, as the csproj files say.</summary>
public sealed class ProjectGraph(IReadOnlyDictionary<string, ProjectGraph.Project> projects, IReadOnlyList<string> unresolved)
{
    /// <summary>A project: its path relative to the repository (forward slashes), the projects and packages it references.</summary>
    public sealed record Project(string RelativePath, IReadOnlyList<string> References, IReadOnlyList<string> Packages);

    public IReadOnlyDictionary<string, Project> Projects { get; } = projects;

    /// <summary>ProjectReferences that name no project file of the graph.</summary>
    public IReadOnlyList<string> Unresolved { get; } = unresolved;

    public static ProjectGraph Read(string repository, IEnumerable<string> roots)
    {
        var files = roots.SelectMany(root => Directory.EnumerateFiles(Path.Combine(repository, root), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
        var byPath = files.ToDictionary(file => file, file => Path.GetFileNameWithoutExtension(file));
        var projects = new Dictionary<string, Project>();
        var unresolved = new List<string>();
        foreach (var file in files)
        {
            var xml = XDocument.Load(file);
            var references = new List<string>();
            foreach (var include in Includes(xml, "ProjectReference"))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, include.Replace('\\', '/')));
                if (byPath.TryGetValue(target, out var name))
                {
                    references.Add(name);
                }
                else
                {
                    unresolved.Add($"{byPath[file]}: {include}");
                }
            }

            projects.Add(byPath[file], new Project(Path.GetRelativePath(repository, file).Replace('\\', '/'), references, Includes(xml, "PackageReference").ToList()));
        }

        return new ProjectGraph(projects, unresolved);
    }

    /// <summary>Whether a project is the target: its name, a folder it is under ("grains/"), or one of its packages' prefix ("package:Microsoft.Orleans").</summary>
    public bool Matches(string project, string target) => PackageIn(project, target) is not null || target switch
    {
        _ when target.StartsWith("package:", StringComparison.Ordinal) => false,
        _ when target.EndsWith('/') => Projects[project].RelativePath.StartsWith(target, StringComparison.Ordinal),
        _ => project == target,
    };

    /// <summary>The shortest chain of references from a project to the target (ending in the package for a package target), or null.</summary>
    public IReadOnlyList<string>? PathTo(string from, string target)
    {
        var cameFrom = new Dictionary<string, string?> { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var current))
        {
            var reached = current != from && Matches(current, target);
            if (reached || (current == from && PackageIn(current, target) is not null))
            {
                var path = new List<string>();
                for (string? step = current; step is not null; step = cameFrom[step])
                {
                    path.Insert(0, step);
                }

                if (PackageIn(current, target) is { } package)
                {
                    path.Add(package);
                }

                return path;
            }

            foreach (var next in Projects[current].References.Where(next => !cameFrom.ContainsKey(next)))
            {
                cameFrom[next] = current;
                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>One cycle of project references (first project repeated at the end), or null.</summary>
    public IReadOnlyList<string>? Cycle()
    {
        var done = new HashSet<string>();
        var onPath = new List<string>();
        foreach (var start in Projects.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        IReadOnlyList<string>? Visit(string project)
        {
            if (onPath.Contains(project))
            {
                return [.. onPath.Skip(onPath.IndexOf(project)), project];
            }

            if (!done.Add(project))
            {
                return null;
            }

            onPath.Add(project);
            foreach (var next in Projects[project].References)
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            onPath.RemoveAt(onPath.Count - 1);
            return null;
        }
    }

    private string? PackageIn(string project, string target) => target.StartsWith("package:", StringComparison.Ordinal)
        ? Projects[project].Packages.FirstOrDefault(package => package.StartsWith(target["package:".Length..], StringComparison.Ordinal))
        : null;

    private static IEnumerable<string> Includes(XDocument xml, string item) =>
        xml.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
