using System.Runtime.InteropServices;

namespace CmkSim.Reports.Output;

/// <summary>
/// lstat(2) for the file type and owner, so a FIFO or device is recognised before it is opened (opening a FIFO
/// blocks until a writer comes; .NET reports FIFOs, devices and regular files alike as "Normal"). Uses the .NET
/// runtime's own native shim, whose FileStatus starts with Flags, Mode, Uid (the rest is not read).
/// Minimal on purpose: helper A writes the general file-type check for scenario files; the two are to be merged.
/// </summary>
public static partial class FileStatus
{
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacterDevice = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlockDevice = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;

    public static FileKind Kind(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return KindFromAttributes(path);
        }

        // Larger than the native struct (about 130 bytes), so a later runtime adding fields cannot overrun it.
        var status = new byte[512];
        if (LStat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            TypeLink => FileKind.SymbolicLink,
            TypeFifo or TypeCharacterDevice or TypeBlockDevice => FileKind.Special,
            _ => FileKind.Special,
        };
    }

    /// <summary>The owner's user id, or null where lstat is not used (Windows) or the path is gone.</summary>
    public static uint? Owner(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new byte[512];
        return LStat(path, status) == 0 ? BitConverter.ToUInt32(status, 8) : null;
    }

    /// <summary>This process's effective user id, or null on Windows.</summary>
    public static uint? CurrentUser() => OperatingSystem.IsWindows() ? null : GetEffectiveUserId();

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

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, [Out] byte[] status);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
