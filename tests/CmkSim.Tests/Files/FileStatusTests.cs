using System.Diagnostics;
using CmkSim.Files;

namespace CmkSim.Tests.Files;

/// <summary>The kind and owner of a path itself, never following a link at its end.</summary>
public sealed class FileStatusTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmksim-filestatus-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Kinds_are_told_apart_without_following_links()
    {
        var file = Path.Combine(folder, "file");
        File.WriteAllText(file, "x");
        var link = Path.Combine(folder, "link");
        File.CreateSymbolicLink(link, file);
        var broken = Path.Combine(folder, "broken");
        File.CreateSymbolicLink(broken, Path.Combine(folder, "nowhere"));
        var fifo = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal(FileKind.Regular, FileStatus.Kind(file));
        Assert.Equal(FileKind.Directory, FileStatus.Kind(folder));
        Assert.Equal(FileKind.SymbolicLink, FileStatus.Kind(link));
        Assert.Equal(FileKind.SymbolicLink, FileStatus.Kind(broken));
        Assert.Equal(FileKind.Special, FileStatus.Kind(fifo));
        Assert.Equal(FileKind.Special, FileStatus.Kind("/dev/null"));
        Assert.Equal(FileKind.Missing, FileStatus.Kind(Path.Combine(folder, "nowhere")));
    }

    [Fact]
    public void The_owner_of_what_we_create_is_the_current_user()
    {
        var file = Path.Combine(folder, "file");
        File.WriteAllText(file, "x");
        var uid = uint.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2]);

        Assert.Equal(uid, FileStatus.CurrentUser());
        Assert.Equal(uid, FileStatus.Owner(file));
        Assert.Null(FileStatus.Owner(Path.Combine(folder, "nowhere")));
    }
}
