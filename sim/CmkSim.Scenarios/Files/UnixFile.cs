using System.Runtime.InteropServices;
using System.Text;

namespace CmkSim.Scenarios.Files;

/// <summary>
/// The few libc calls .NET does not offer: open without blocking (open() of a FIFO otherwise waits for a writer),
/// the file type of an open descriptor (.NET can't tell a FIFO or a device from a file), and realpath. Linux only;
/// <c>statx</c> is used because its layout is the same on every architecture, unlike <c>struct stat</c>.
/// </summary>
internal static class UnixFile
{
    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENAMETOOLONG = 36;
    public const int ELOOP = 40;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const int OReadOnly = 0;
    private const int ONonBlock = 0x800;   // same value on x86-64 and arm64
    private const int OCloseOnExec = 0x80000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxModeOffset = 28;  // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode
    private const int StatxSizeOffset = 40;  // ... u16 spare, u64 ino, u64 size
    private const int StatxBytes = 256;

    public enum Type
    {
        Regular,
        Directory,
        SymbolicLink,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Unknown,
    }

    /// <summary>Opens for reading without blocking (a FIFO opens at once); -1 and the errno on failure.</summary>
    public static int OpenForReading(string path, out int errno)
    {
        var fd = open(Utf8(path), OReadOnly | ONonBlock | OCloseOnExec);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd;
    }

    public static void Close(int fd) => _ = close(fd);

    /// <summary>The type and size of an open descriptor; false and the errno when the kernel refuses.</summary>
    public static bool TryStat(int fd, out Type type, out long size, out int errno) =>
        Statx(fd, Utf8(string.Empty), AtEmptyPath, out type, out size, out errno);

    /// <summary>The type of the path itself (a link is a link), to tell a broken link from a missing file.</summary>
    public static bool TryLinkStat(string path, out Type type, out int errno) =>
        Statx(AtFdCwd, Utf8(path), AtSymlinkNoFollow, out type, out _, out errno);

    /// <summary>The canonical path, every link and '..' resolved; null and the errno when a part is missing or loops.</summary>
    public static string? RealPath(string path, out int errno)
    {
        var resolved = realpath(Utf8(path), IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        try
        {
            errno = 0;
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    public static string Describe(int errno) => errno switch
    {
        ENOENT => SafeFile.DoesNotExist,
        EACCES => "permission denied",
        ENOTDIR => "a part of the path is not a folder",
        ENAMETOOLONG => "the path is too long",
        ELOOP => "is a symbolic link loop (too many levels of links)",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    private static bool Statx(int dirfd, byte[] path, int flags, out Type type, out long size, out int errno)
    {
        var buffer = new byte[StatxBytes];
        if (statx(dirfd, path, flags, StatxType | StatxSize, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            type = Type.Unknown;
            size = 0;
            return false;
        }

        errno = 0;
        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        size = BitConverter.ToInt64(buffer, StatxSizeOffset);
        type = (mode & 0xF000) switch
        {
            0x8000 => Type.Regular,
            0x4000 => Type.Directory,
            0xA000 => Type.SymbolicLink,
            0x1000 => Type.Fifo,
            0x2000 => Type.CharacterDevice,
            0x6000 => Type.BlockDevice,
            0xC000 => Type.Socket,
            _ => Type.Unknown,
        };
        return true;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + '\0');

#pragma warning disable SYSLIB1054 // DllImport with byte[] arguments needs no unsafe code, unlike LibraryImport's generated stubs.
    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] pathname, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(byte[] path, IntPtr resolvedPath);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
#pragma warning restore SYSLIB1054
}
