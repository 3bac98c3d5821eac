using CmkSim.Files;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Files;

/// <summary>The kind and owner of a path itself, never following a link at its end.</summary>
public sealed class FileStatusTests() : TempFolderTests("cmksim-filestatus-")
{
    [Fact]
    public void Kinds_are_told_apart_without_following_links()
    {
        var file = Path.Combine(Folder, "file");
        File.WriteAllText(file, "x");
        var link = Path.Combine(Folder, "link");
        File.CreateSymbolicLink(link, file);
        var broken = Path.Combine(Folder, "broken");
        File.CreateSymbolicLink(broken, Path.Combine(Folder, "nowhere"));
        var fifo = Path.Combine(Folder, "pipe");
        FileSystemItems.MakeFifo(fifo);

        Assert.Equal(FileKind.Regular, FileStatus.Kind(file));
        Assert.Equal(FileKind.Directory, FileStatus.Kind(Folder));
        Assert.Equal(FileKind.SymbolicLink, FileStatus.Kind(link));
        Assert.Equal(FileKind.SymbolicLink, FileStatus.Kind(broken));
        Assert.Equal(FileKind.Special, FileStatus.Kind(fifo));
        Assert.Equal(FileKind.Special, FileStatus.Kind("/dev/null"));
        Assert.Equal(FileKind.Missing, FileStatus.Kind(Path.Combine(Folder, "nowhere")));
    }

    [Fact]
    public void The_owner_of_what_we_create_is_the_current_user()
    {
        var file = Path.Combine(Folder, "file");
        File.WriteAllText(file, "x");
        var uid = LinuxProcesses.EffectiveUserId();

        Assert.Equal(uid, FileStatus.CurrentUser());
        Assert.Equal(uid, FileStatus.Owner(file));
        Assert.Null(FileStatus.Owner(Path.Combine(Folder, "nowhere")));
    }
}
