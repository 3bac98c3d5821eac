using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>Tests that start the program run the CLI project's own build output, in the tests' configuration.</summary>
public sealed class CmkSimProgramTests
{
    [Fact]
    public void The_program_is_the_CLI_projects_build_of_the_same_configuration_and_framework()
    {
        var tests = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var expected = Path.Combine(RepoPaths.Root, "sim", "CmkSim.Cli", "bin", tests.Parent!.Name, tests.Name, "cmksim.dll");

        Assert.Equal(expected, CmkSimProgram.ExpectedPath());
        Assert.Equal(expected, CmkSimProgram.Dll);
        Assert.True(File.Exists(CmkSimProgram.Dll));
    }
}
