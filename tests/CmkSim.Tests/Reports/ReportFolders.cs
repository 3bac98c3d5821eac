namespace CmkSim.Tests.Reports;

/// <summary>Fresh temporary folders for report tests, and copies to tamper with.</summary>
public static class ReportFolders
{
    public static string New(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cmksim-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Copy(string source, string name)
    {
        var target = New(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    public static void FlipByte(string file, int offset = 100)
    {
        var bytes = File.ReadAllBytes(file);
        bytes[offset] ^= 0x01;
        File.WriteAllBytes(file, bytes);
    }
}
