namespace CmkSim.Simulation.RuleIndex;

/// <summary>The checkout's files the index reads, relative to its root with forward slashes, in ordinal order; build output (bin/, obj/) left out.</summary>
internal static class RepoFiles
{
    public static IEnumerable<(string Relative, string Full)> Under(string root, string folder, string pattern, SearchOption depth)
    {
        var top = Path.Combine(root, folder);
        if (!Directory.Exists(top))
        {
            return [];
        }

        return Directory.EnumerateFiles(top, pattern, depth)
            .Select(full => (Relative: Path.GetRelativePath(root, full).Replace('\\', '/'), Full: full))
            .Where(f => !f.Relative.Contains("/bin/", StringComparison.Ordinal) && !f.Relative.Contains("/obj/", StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }
}
