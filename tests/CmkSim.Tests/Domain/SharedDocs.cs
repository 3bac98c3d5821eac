namespace CmkSim.Tests.Domain;

/// <summary>
/// The read-only <c>shared/</c> folder that sits next to the repository (or worktree) root: found by walking up from
/// the test output until <c>{dir}/../shared/cmk-rules.md</c> exists.
/// </summary>
public static class SharedDocs
{
    public static string Folder { get; } = Find();

    public static string RulesPath => Path.Combine(Folder, "cmk-rules.md");

    public static string SeedPath => Path.Combine(Folder, "seed", "cmk-manage-your-key.md");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            if (File.Exists(Path.Combine(candidate, "cmk-rules.md")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No shared/cmk-rules.md beside any folder above {AppContext.BaseDirectory}: the rule catalogue test needs the " +
            "shared folder as a sibling of the repository root (e.g. /work/shared next to /work/main).");
    }
}
