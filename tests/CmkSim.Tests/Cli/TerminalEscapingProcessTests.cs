using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// No text from input reaches the terminal as a control or bidirectional character, through the real program:
/// fields are escaped where they are printed (TerminalText) and whatever else is written goes through the console's
/// filter (SafeConsoleWriter). Both stay in the CLI, which nothing references, so they are tested from outside.
/// </summary>
public sealed class TerminalEscapingProcessTests
{
    [Fact]
    public async Task A_file_name_with_control_characters_and_a_description_with_bidi_overrides_are_listed_escaped()
    {
        // The loader refuses hidden characters inside a scenario; a file's name still gets through to list.
        var folder = Directory.CreateTempSubdirectory("cmksim-terminal-").FullName;
        try
        {
            var yaml = File.ReadAllText(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml")).Replace(
                "\ndescription: A customer-key environment with a backup is reset.\n",
                "\ndescription: \"right\\u202eleft\\u2066 done\"\n", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "red\u001b[31m\r\u009bover.yaml"), yaml);

            var result = await CmkSimProcess.RunAsync("list", folder);

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("red\\x1b[31m\\x0d\\x9bover.yaml", result.Output, StringComparison.Ordinal);
            // The description's bidi overrides are refused by the loader now (HiddenCharacters): listed as invalid.
            Assert.Contains("(invalid)", result.Output, StringComparison.Ordinal);
            AssertNothingRaw(result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_argument_with_a_bidi_override_is_refused_with_it_escaped()
    {
        // The parse error quotes the argument; only the console's filter stands between it and the terminal.
        var result = await CmkSimProcess.RunAsync("list", "a", "b\u202eexe.yaml\u0007");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b\\u202eexe.yaml\\x07", result.Error, StringComparison.Ordinal);
        AssertNothingRaw(result);
    }

    private static void AssertNothingRaw(CmkSimProcess.Result result)
    {
        foreach (var raw in new[] { '\u001b', '\r', '\u202e', '\u2066', '\u009b', '\u0007' })
        {
            Assert.DoesNotContain(raw.ToString(), result.Output + result.Error, StringComparison.Ordinal);
        }
    }
}
