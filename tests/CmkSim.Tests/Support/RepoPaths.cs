namespace CmkSim.Tests.Support;

/// <summary>Finds the repository root (the folder holding CmkSim.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CmkSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CmkSim.sln above {AppContext.BaseDirectory}");
    }
}
