using CmkSim.Files;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Files;

/// <summary>SafeFile on its own: a regular file is read (BOM dropped) up to the limit; a FIFO is refused without blocking.</summary>
public sealed class SafeFileTests() : TempFolderTests("cmksim-safefile-")
{
    [Fact]
    public void SafeFile_reads_a_regular_file()
    {
        var file = Path.Combine(Folder, "ok.json");
        File.WriteAllText(file, "\uFEFF{}");

        Assert.Equal("{}", SafeFile.ReadText(file, 16, out var problem));
        Assert.Equal(string.Empty, problem);
        Assert.Null(SafeFile.ReadText(file, 2, out problem));
        Assert.Contains("larger than", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_FIFO_a_device_and_a_folder_are_refused_without_reading()
    {
        var fifo = Path.Combine(Folder, "pipe");
        FileSystemItems.MakeFifo(fifo);

        Assert.Null(SafeFile.Read(fifo, 16, out var problem));
        Assert.Equal("is a FIFO (named pipe), not a regular file", problem);
        Assert.Equal("is a character device, not a regular file", SafeFile.Problem("/dev/zero", 16));
        Assert.Equal("is a folder, not a file", SafeFile.Problem(Folder, 16));
    }
}
