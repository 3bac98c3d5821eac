namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// The repository checkout the index scans: the folder holding <c>CmkSim.sln</c>, found by walking up from the current
/// directory, then from where this assembly was loaded (a build inside the checkout finds its own repository).
/// </summary>
public static class SourceTree
{
    public const string SolutionFile = "CmkSim.sln";

    /// <summary>The checkout above the current directory or this assembly, or null when there is none.</summary>
    public static string? Locate() =>
        Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory) ?? Above(Path.GetDirectoryName(typeof(SourceTree).Assembly.Location));

    /// <summary>Whether this folder is a checkout (holds <c>CmkSim.sln</c>).</summary>
    public static bool IsCheckout(string folder) => File.Exists(Path.Combine(folder, SolutionFile));

    private static string? Above(string? start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (IsCheckout(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
