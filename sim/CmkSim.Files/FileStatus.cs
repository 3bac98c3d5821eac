namespace CmkSim.Files;

/// <summary>
/// The kind and owner of a path itself (statx without following a link), so a FIFO or device is recognised before it
/// is opened (opening a FIFO blocks until a writer comes; .NET reports FIFOs, devices and regular files alike as
/// "Normal"). Where statx is not available .NET's attributes give the kind and there is no owner.
/// </summary>
public static class FileStatus
{
    /// <summary>The kind of the path itself; <see cref="FileKind.Missing"/> also when it can't be examined.</summary>
    public static FileKind Kind(string path)
    {
        if (!UnixFile.Available)
        {
            return KindFromAttributes(path);
        }

        return UnixFile.LinkStat(path, out _)?.Type switch
        {
            null => FileKind.Missing,
            UnixFile.Type.Regular => FileKind.Regular,
            UnixFile.Type.Directory => FileKind.Directory,
            UnixFile.Type.SymbolicLink => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
    }

    /// <summary>The owner's user id of the path itself, or null where statx is not available or the path is gone.</summary>
    public static uint? Owner(string path) => UnixFile.Available ? UnixFile.LinkStat(path, out _)?.Uid : null;

    /// <summary>This process's effective user id, or null where it can't be read (Windows).</summary>
    public static uint? CurrentUser() => UnixFile.Available ? UnixFile.EffectiveUserId() : null;

    private static FileKind KindFromAttributes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return FileKind.Missing;
        }

        return info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.Regular;
    }
}
