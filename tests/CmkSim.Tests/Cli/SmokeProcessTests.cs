using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>The smoke run and the HSM's bad-input cases, each in a process of its own as a user would meet them.</summary>
public sealed class SmokeProcessTests
{
    [Fact]
    public async Task A_second_run_never_sees_the_first_runs_token()
    {
        var first = await CmkSimProcess.RunAsync("smoke", "--records", "10");
        var second = await CmkSimProcess.RunAsync("smoke", "--records", "10");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var firstDir = Line(first.Output, "tokens");
        var secondDir = Line(second.Output, "tokens");
        Assert.NotEqual(firstDir, secondDir);
        Assert.Contains("keys found  0 on 'cmksim-customer', 0 on 'cmksim-microsoft' before this run", second.Output);
        Assert.False(Directory.Exists(firstDir), "the first run's token directory outlived it");
        Assert.Contains("smoke run   passed", second.Output);
    }

    [Fact]
    public async Task A_wrong_PIN_is_a_clear_error_and_a_nonzero_exit()
    {
        var dir = Directory.CreateTempSubdirectory("cmksim-pin-test-").FullName;
        try
        {
            var created = await CmkSimProcess.RunAsync("smoke", "--records", "1", "--token-dir", dir, "--pin", "right-pin");
            var wrong = await CmkSimProcess.RunAsync("smoke", "--records", "1", "--token-dir", dir, "--pin", "wrong-pin");

            Assert.True(created.ExitCode == 0, created.Error);
            Assert.Equal(2, wrong.ExitCode);
            Assert.Contains("user PIN for token", wrong.Error);
            Assert.Contains("is wrong", wrong.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_library_is_a_clear_error_and_a_nonzero_exit()
    {
        var result = await CmkSimProcess.RunAsync("smoke", "--pkcs11-library", "/nonexistent/libsofthsm2.so");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LibraryNotFound", result.Error);
        Assert.Contains("apt-get install -y softhsm2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_PKCS11_library_is_a_clear_error_and_a_nonzero_exit()
    {
        var notALibrary = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(notALibrary, "not a shared object");
            var result = await CmkSimProcess.RunAsync("smoke", "--pkcs11-library", notALibrary);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("LibraryNotLoadable", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        finally
        {
            File.Delete(notALibrary);
        }
    }

    private static string Line(string output, string label) =>
        output.Split('\n').Single(l => l.StartsWith(label + " ", StringComparison.Ordinal))[label.Length..].Trim();
}
