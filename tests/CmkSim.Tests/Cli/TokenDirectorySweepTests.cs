using System.Diagnostics;
using CmkSim.Crypto.Hsm;
using CmkSim.Files;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// Token directories left by killed runs (they hold key objects) are removed by the next command that opens the HSM, and
/// only those: ours by owner and marker, and their process gone. A user's --token-dir is never deleted.
/// </summary>
public sealed class TokenDirectorySweepTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_next_command_removes_token_directories_of_dead_runs_and_nothing_else()
    {
        using var child = new CmkSimChild();
        var deadPid = await LinuxProcesses.EndedPidAsync();
        var self = Environment.ProcessId;
        var selfStart = StartTime(self);
        var dead = Stale(child.Temp, "dead", Marker(deadPid, 12345));
        var reusedPid = Stale(child.Temp, "reused", Marker(self, selfStart + 1));
        var live = Stale(child.Temp, "live", Marker(self, selfStart));
        var unmarked = Stale(child.Temp, "unmarked", null);
        var otherUser = Stale(child.Temp, "other-user", Marker(deadPid, 12345, uid: Uid() + 4242));
        var otherOwner = Stale(child.Temp, "chowned", Marker(deadPid, 12345));
        var named = Stale(child.Temp, "named", Marker(deadPid, 12345));
        var linkTarget = Stale(child.Folder, "link-target", Marker(deadPid, 12345));
        var link = Path.Combine(child.Temp, "cmksim-hsm-link");
        Directory.CreateSymbolicLink(link, linkTarget);
        var canChown = Uid() == 0;
        if (canChown)
        {
            // Only root can give a directory away; as another user the same directory is simply not ours.
            Chown(otherOwner, 4242);
        }

        child.Start("smoke", "--records", "1", "--token-dir", named);
        Assert.Equal(0, await child.ExitCodeAsync(Bound));

        Assert.False(Directory.Exists(dead), "a dead run's token directory was left");
        Assert.False(Directory.Exists(reusedPid), "a token directory whose pid now belongs to another process was left");
        Assert.True(Directory.Exists(live), "a live process's token directory was deleted");
        Assert.True(Directory.Exists(unmarked), "a directory without the marker was deleted");
        Assert.True(Directory.Exists(otherUser), "a directory marked for another user was deleted");
        Assert.True(!canChown || Directory.Exists(otherOwner), "another user's directory was deleted");
        Assert.True(Directory.Exists(named), "the user's --token-dir was deleted");
        Assert.True(File.Exists(Path.Combine(linkTarget, OwnerMarker.FileName)), "a link was followed");
    }

    [Fact]
    public async Task Every_generated_token_directory_carries_the_marker_and_is_gone_after_the_run()
    {
        using var child = new CmkSimChild();
        // A signal stops the benchmark between measurements: one that lands just after a check waits out the five cells
        // before the next (raw and CmkSim twice, then the grain), so a cell is short enough for five to fit the bound.
        child.Start("bench", "hsm", "--seconds", "10", "--sizes", "2048", "--threads", "1");
        Assert.True(await child.WaitUntilAsync(() => child.TokenDirectories.Any(d => File.Exists(Path.Combine(d, OwnerMarker.FileName))), Bound),
            $"no marked token directory appeared; stderr: {child.Error}");
        var marker = File.ReadAllText(Path.Combine(child.TokenDirectories.Single(), OwnerMarker.FileName));
        child.Signal(CmkSimChild.SigTerm);

        Assert.Contains($"pid=", marker);
        Assert.Contains($"uid={Uid()}", marker);
        Assert.Equal(143, await child.ExitCodeAsync(TimeSpan.FromSeconds(90)));
        Assert.Empty(child.TokenDirectories);
    }

    [Fact]
    public async Task A_token_dir_that_is_a_file_is_invalid_input()
    {
        using var child = new CmkSimChild();
        var file = Path.Combine(child.Folder, "not-a-folder");
        File.WriteAllText(file, "keep me");
        child.Start("smoke", "--records", "1", "--token-dir", file);

        Assert.Equal(2, await child.ExitCodeAsync(Bound));
        Assert.Contains(child.ErrorLines, l => l.Contains("--token-dir") && l.Contains("not a folder"));
        Assert.DoesNotContain("   at ", child.Error);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Empty(child.TokenDirectories);
    }

    private static string Stale(string parent, string name, string? marker)
    {
        var directory = Directory.CreateDirectory(Path.Combine(parent, TokenDirectoryOwnership.Prefix + name)).FullName;
        Directory.CreateDirectory(Path.Combine(directory, "tokens"));
        File.WriteAllText(Path.Combine(directory, "tokens", "key-object"), "pretend key material");
        if (marker is not null)
        {
            File.WriteAllText(Path.Combine(directory, OwnerMarker.FileName), marker);
        }

        return directory;
    }

    private static string Marker(int pid, long start, uint? uid = null) =>
        new OwnerMarker(uid ?? Uid(), pid, start, File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim(), new FileInfo("/proc/self/ns/pid").LinkTarget!).Format();

    private static uint Uid() => LinuxProcesses.EffectiveUserId();

    private static long StartTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[19]);
    }

    private static void Chown(string path, int uid)
    {
        using var process = Process.Start(new ProcessStartInfo("chown") { UseShellExecute = false, ArgumentList = { "-R", uid.ToString(), path } })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
