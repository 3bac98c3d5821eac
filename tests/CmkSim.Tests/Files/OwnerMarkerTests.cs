using CmkSim.Files;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Files;

/// <summary>
/// The one owner marker of folders CmkSim creates and sweeps (token directories, staging folders): a folder is
/// abandoned only when it and its marker are ours and the marked process is gone; a reused pid is not a live owner,
/// and anything unknown (another pid namespace, no or a broken marker, a link) never deletes.
/// </summary>
public sealed class OwnerMarkerTests() : TempFolderTests("cmksim-owner-")
{
    private static OwnerMarker Self => OwnerMarker.OfThisProcess() ?? throw new InvalidOperationException("no /proc facts");

    [Fact]
    public void This_process_is_a_live_owner()
    {
        Assert.Equal(Environment.ProcessId, Self.Pid);
        Assert.False(Self.OwnerIsGone());
    }

    [Fact]
    public async Task A_reused_pid_an_ended_process_and_another_boot_are_gone()
    {
        Assert.True((Self with { StartTime = Self.StartTime + 1 }).OwnerIsGone(), "a reused pid was taken for the owner");
        Assert.True((Self with { Pid = await LinuxProcesses.EndedPidAsync(), StartTime = 12345 }).OwnerIsGone());
        Assert.True((Self with { Boot = "another-boot" }).OwnerIsGone());
    }

    [Fact]
    public async Task A_process_in_another_pid_namespace_is_unknown_and_not_gone()
    {
        Assert.False((Self with { Pid = await LinuxProcesses.EndedPidAsync(), PidNamespace = "pid:[1]" }).OwnerIsGone());
    }

    [Fact]
    public void The_marker_reads_back_and_anything_malformed_is_no_marker()
    {
        Assert.Equal(Self, OwnerMarker.Parse(Self.Format()));
        Assert.Null(OwnerMarker.Parse("x"));
        Assert.Null(OwnerMarker.Parse(Self.Format().Replace("cmksim folder owner v1", "someone else's", StringComparison.Ordinal)));
        Assert.Null(OwnerMarker.Parse(Self.Format().Replace($"pid={Self.Pid}", "pid=0", StringComparison.Ordinal)));
        Assert.Null(OwnerMarker.Parse(Self.Format().Replace($"boot={Self.Boot}", "boot=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_our_folders_with_a_valid_marker_of_a_gone_process_are_abandoned()
    {
        var gone = Self with { Pid = await LinuxProcesses.EndedPidAsync() };
        var dead = Owned("dead", gone.Format());
        var reused = Owned("reused", (Self with { StartTime = Self.StartTime + 1 }).Format());
        var live = Owned("live", null);
        Assert.True(OwnerMarker.Mark(live));
        var unmarked = Owned("unmarked", null);
        var garbage = Owned("garbage", "cmksim folder owner v1\npid=abc\n");
        var otherUser = Owned("other-user", (gone with { User = gone.User + 4242 }).Format());
        var huge = Owned("huge", gone.Format() + new string('#', 5000) + "\n");
        var fifoMarker = Owned("fifo", null);
        FileSystemItems.MakeFifo(Path.Combine(fifoMarker, OwnerMarker.FileName));
        var linkedMarker = Owned("linked-marker", null);
        File.CreateSymbolicLink(Path.Combine(linkedMarker, OwnerMarker.FileName), Path.Combine(dead, OwnerMarker.FileName));
        var link = Path.Combine(Folder, "link");
        Directory.CreateSymbolicLink(link, dead);
        Owned("other-name", gone.Format(), prefix: "keep-"); // abandoned, but not a name the caller sweeps

        var abandoned = OwnerMarker.FindAbandoned(Folder, "owned-*");

        Assert.Equal([dead, reused], abandoned.Order(StringComparer.Ordinal));
        Assert.Equal(OwnerMarker.OfThisProcess(), OwnerMarker.Parse(File.ReadAllText(Path.Combine(live, OwnerMarker.FileName))));
        foreach (var kept in new[] { live, unmarked, garbage, otherUser, huge, fifoMarker, linkedMarker, link })
        {
            Assert.False(OwnerMarker.IsAbandoned(kept), kept);
        }
    }

    private string Owned(string name, string? marker, string prefix = "owned-")
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, prefix + name)).FullName;
        if (marker is not null)
        {
            File.WriteAllText(Path.Combine(folder, OwnerMarker.FileName), marker);
        }

        return folder;
    }
}
