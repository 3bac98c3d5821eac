namespace CmkSim.Tests.Support;

/// <summary>
/// Where the real cmksim program is: the CLI project's own build output, same configuration and framework as these
/// tests (nothing references the CLI project, so it is not copied here). Building the tests builds it (the BuildCmkSimProgram target).
/// </summary>
public static class CmkSimProgram
{
    private static readonly Lazy<string> Located = new(Locate);

    /// <summary>The path of cmksim.dll; throws, naming the build command, when it has not been built.</summary>
    public static string Dll => Located.Value;

    /// <summary>
    /// sim/CmkSim.Cli/bin/&lt;Configuration&gt;/&lt;framework&gt;/cmksim.dll, the configuration and framework read from
    /// this test assembly's folder (tests/CmkSim.Tests/bin/&lt;Configuration&gt;/&lt;framework&gt;/).
    /// </summary>
    public static string ExpectedPath()
    {
        var framework = TestOutputFolder();
        var configuration = framework.Parent ?? throw new InvalidOperationException($"No configuration folder above {framework.FullName}");
        return Path.Combine(RepoPaths.Root, "sim", "CmkSim.Cli", "bin", configuration.Name, framework.Name, "cmksim.dll");
    }

    // AppContext.BaseDirectory ends with a separator; without it, the folder's name is the framework.
    private static DirectoryInfo TestOutputFolder() => new(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));

    private static string Locate()
    {
        var dll = ExpectedPath();
        if (!File.Exists(dll))
        {
            var configuration = TestOutputFolder().Parent!.Name;
            throw new InvalidOperationException(
                $"cmksim.dll is not built: no {dll}. Build it with `dotnet build sim/CmkSim.Cli -c {configuration}` " +
                $"(building the tests, `dotnet build tests/CmkSim.Tests -c {configuration}`, builds it too).");
        }

        return dll;
    }
}
