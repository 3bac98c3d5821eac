namespace CmkSim.Tests.Domain;

/// <summary>
/// The project's source documents (<c>cmk-rules.md</c> and the seed page). The live <c>shared/</c> folder beside the
/// repository root wins when it is there, so a changed rule list fails the tests at once; a clone on its own (CI, a
/// new machine) uses the snapshot in <c>tests/CmkSim.Tests/SharedDocs</c>. Refresh the snapshot by copying
/// <c>../shared/cmk-rules.md</c> and <c>../shared/seed/cmk-manage-your-key.md</c> over it.
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

        var snapshot = Path.Combine(AppContext.BaseDirectory, "SharedDocs");
        return File.Exists(Path.Combine(snapshot, "cmk-rules.md"))
            ? snapshot
            : throw new InvalidOperationException(
                $"No shared/cmk-rules.md beside any folder above {AppContext.BaseDirectory}, and no snapshot in {snapshot}.");
    }
}
