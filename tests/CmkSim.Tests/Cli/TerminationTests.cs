namespace CmkSim.Tests.Cli;

/// <summary>
/// SIGINT and SIGTERM as a user or a CI runner sends them, each to a cmksim process with a temp folder of its own: the
/// run stops within seconds, exits 130 / 143 with one line, and leaves no token directory and no report behind.
/// </summary>
public sealed class TerminationTests
{
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(CmkSimChild.SigInt, 130, "SIGINT")]
    [InlineData(CmkSimChild.SigTerm, 143, "SIGTERM")]
    public async Task A_signal_mid_run_cancels_it_and_leaves_no_token_directory_and_no_report(int signal, int exitCode, string name)
    {
        using var child = new CmkSimChild();
        var output = Path.Combine(child.Folder, "out");
        child.Start("run", CmkSimChild.Scenario("16-large-mixed-tenant.yaml"), "--out", output);

        // Under way: the HSM's tokens exist, so the silo is up and the tenant's vaults are being created or used.
        Assert.True(await child.WaitUntilAsync(() => child.TokenDirectories.Any(d => HasTokens(d)), StartBound),
            $"the run never got under way; stderr: {child.Error}");
        Assert.False(child.HasExited, child.Output + child.Error);
        child.Signal(signal);

        Assert.Equal(exitCode, await child.ExitCodeAsync(StopBound));
        Assert.Equal([$"cmksim: interrupted ({name}): run cancelled; --out left as it was (nothing of this run written)"], child.ErrorLines);
        Assert.DoesNotContain("PASS", child.Output);
        Assert.Empty(Directory.GetFileSystemEntries(child.Temp));
        var left = Directory.Exists(output) ? Directory.GetFileSystemEntries(output) : [];
        Assert.True(left.Length == 0, $"a cancelled run left {string.Join(", ", left)}");
    }

    [Fact]
    public async Task A_second_signal_exits_at_once_while_the_first_waits_for_the_command_to_stop()
    {
        using var child = new CmkSimChild();
        // A benchmark cell runs its full time before it looks at the cancellation: the first signal waits for it.
        child.Start("bench", "hsm", "--seconds", "60", "--sizes", "2048", "--threads", "1");
        Assert.True(await child.WaitUntilAsync(() => child.Output.Contains("operation"), StartBound), $"the benchmark never started; stderr: {child.Error}");
        // The header comes before one RSA-2048 key generation (well under a second); then the first 60 s cell runs.
        await Task.Delay(TimeSpan.FromSeconds(8));

        child.Signal(CmkSimChild.SigInt);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(child.HasExited, "the first signal should wait for the command to stop");
        child.Signal(CmkSimChild.SigInt);

        Assert.Equal(130, await child.ExitCodeAsync(StopBound));
        Assert.Equal(["cmksim: interrupted (SIGINT) again: exiting at once"], child.ErrorLines);

        // Exiting at once leaves the token directory as a kill would; the next command that opens the HSM removes it.
        var left = Assert.Single(child.TokenDirectories);
        Assert.True(File.Exists(Path.Combine(left, CmkSim.Files.OwnerMarker.FileName)));
        using var next = new CmkSimChild(child.Temp);
        next.Start("smoke", "--records", "1");
        Assert.Equal(0, await next.ExitCodeAsync(TimeSpan.FromMinutes(2)));
        Assert.Empty(Directory.GetFileSystemEntries(child.Temp));
    }

    private static bool HasTokens(string tokenDirectory)
    {
        var tokens = Path.Combine(tokenDirectory, "tokens");
        try
        {
            return Directory.Exists(tokens) && Directory.EnumerateDirectories(tokens).Any();
        }
        catch (IOException)
        {
            return false;
        }
    }
}
