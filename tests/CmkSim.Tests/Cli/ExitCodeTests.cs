namespace CmkSim.Tests.Cli;

/// <summary>Every command ends through one guard: a genuine runtime failure exits 3 with one line, the stack only with --verbose.</summary>
public sealed class ExitCodeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    // A real resource failure: a file size limit (as a full disk would) makes writing the report fail with EFBIG.
    // SIGXFSZ is ignored so the write fails instead of the kernel killing the process; the runtime's own
    // double-mapped code pages are turned off because they are files too.
    private const string FileSizeLimit = "trap '' XFSZ; ulimit -f 64; export DOTNET_EnableWriteXorExecute=0";

    [Fact]
    public async Task A_runtime_failure_exits_3_with_one_line_and_no_stack_trace()
    {
        using var child = new CmkSimChild();
        child.StartWith(FileSizeLimit, "run", CmkSimChild.Scenario("14-reset.yaml"), "--out", Path.Combine(child.Folder, "out"));

        Assert.Equal(3, await child.ExitCodeAsync(Bound));
        var line = Assert.Single(child.ErrorLines);
        Assert.StartsWith("cmksim: runtime failure: System.", line);
        Assert.DoesNotContain("   at ", child.Error);
        Assert.Empty(child.TokenDirectories);
    }

    [Fact]
    public async Task With_verbose_a_runtime_failure_shows_the_whole_exception()
    {
        using var child = new CmkSimChild();
        child.StartWith(FileSizeLimit, "run", CmkSimChild.Scenario("14-reset.yaml"), "--out", Path.Combine(child.Folder, "out"), "--verbose");

        Assert.Equal(3, await child.ExitCodeAsync(Bound));
        Assert.StartsWith("cmksim: runtime failure: System.", child.ErrorLines[0]);
        Assert.Contains(child.ErrorLines, l => l.StartsWith("at CmkSim.", StringComparison.Ordinal));
        Assert.Empty(child.TokenDirectories);
    }

    [Fact]
    public async Task A_signal_to_a_command_without_cancellation_exits_at_once_with_its_code()
    {
        using var child = new CmkSimChild();
        // validate takes no cancellation token: a folder of scenarios declaring 100,000 environments each keeps it busy
        // for many seconds (each is expanded and checked), long enough to be interrupted mid-way.
        var folder = Directory.CreateDirectory(Path.Combine(child.Folder, "many")).FullName;
        var scenario = File.ReadAllText(CmkSimChild.Scenario("14-reset.yaml"))
            .Replace("- { name: scratch,", "- { name: \"bulk-{n}\", count: 99999, region: europe }\n    - { name: scratch,", StringComparison.Ordinal);
        for (var i = 0; i < 400; i++)
        {
            // Each its own name: files sharing one would share a report folder, which validate refuses like run.
            File.WriteAllText(Path.Combine(folder, $"s{i:D3}.yaml"), scenario.Replace("\nname: reset\n", $"\nname: reset-{i}\n", StringComparison.Ordinal));
        }

        child.Start("validate", folder);
        Assert.True(await child.WaitUntilAsync(() => child.Output.Contains("ok  ", StringComparison.Ordinal), Bound),
            $"validate never got under way; stderr: {child.Error}");
        Assert.False(child.HasExited, "validate finished before it could be interrupted: give it more files");
        child.Signal(CmkSimChild.SigTerm);

        Assert.Equal(143, await child.ExitCodeAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(["cmksim: interrupted (SIGTERM)"], child.ErrorLines);
    }
}
