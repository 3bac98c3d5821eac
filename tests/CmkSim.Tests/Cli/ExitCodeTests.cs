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
        // validate reading a scenario from a FIFO no one writes to: the command blocks and does not take a token.
        var fifo = Path.Combine(child.Folder, "blocked.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        child.Start("validate", fifo);
        // Opening a FIFO for writing returns once a reader has it open: then validate is certainly blocked reading it.
        var writer = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));
        var opened = await child.WaitUntilAsync(() => writer.IsCompleted, Bound);
        if (!opened)
        {
            // Validation refused the special file without opening it (exit 2): nothing to interrupt. Release our writer.
            using (new FileStream(fifo, FileMode.Open, FileAccess.Read))
            {
            }

            await (await writer).DisposeAsync();
            Assert.Equal(2, await child.ExitCodeAsync(Bound));
            return;
        }

        await using var stream = await writer;
        child.Signal(CmkSimChild.SigTerm);
        Assert.Equal(143, await child.ExitCodeAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(["cmksim: interrupted (SIGTERM)"], child.ErrorLines);
    }
}
