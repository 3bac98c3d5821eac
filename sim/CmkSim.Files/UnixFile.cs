using System.Runtime.InteropServices;
using System.Text;

namespace CmkSim.Files;

/// <summary>
/// The few libc calls .NET does not offer: open without blocking (open() of a FIFO otherwise waits for a writer),
/// statx for the type, owner and size of a path or an open descriptor (.NET can't tell a FIFO or a device from a file,
/// nor name an owner), realpath and geteuid. Linux only; <c>statx</c> because its layout is the same on every
/// architecture, unlike <c>struct stat</c>. Plain DllImport with byte[] buffers: no unsafe code.
/// </summary>
internal static class UnixFile
{
    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int ENAMETOOLONG = 36;
    public const int ENOSYS = 38;
    public const int ELOOP = 40;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const int OReadOnly = 0;
    private const int ONonBlock = 0x800;   // same value on x86-64 and arm64
    private const int OCloseOnExec = 0x80000;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxUid = 0x8, StatxSize = 0x200;

    // struct statx: u32 mask @0, u32 blksize, u64 attributes, u32 nlink, u32 uid @20, u32 gid, u16 mode @28, u16 spare,
    // u64 ino, u64 size @40; 256 bytes in all.
    private const int StatxUidOffset = 20;
    private const int StatxModeOffset = 28;
    private const int StatxSizeOffset = 40;
    private const int StatxBytes = 256;

    private static readonly Lazy<bool> Present = new(Probe);

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

    /// <summary>What statx said: the type, the owner (null if the kernel did not return it) and the size.</summary>
    public readonly record struct Status(Type Type, uint? Uid, long Size);

    /// <summary>True on Linux with a libc that has statx; elsewhere callers use .NET's own, coarser checks.</summary>
    public static bool Available => Present.Value;

    /// <summary>Opens for reading without blocking (a FIFO opens at once); -1 and the errno on failure.</summary>
    public static int OpenForReading(string path, out int errno)
    {
        var fd = open(Utf8(path), OReadOnly | ONonBlock | OCloseOnExec);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd;
    }

    /// <summary>The status of an open descriptor; null and the errno when the kernel refuses.</summary>
    public static Status? Stat(int fd, out int errno) => Statx(fd, Utf8(string.Empty), AtEmptyPath, out errno);

    /// <summary>The status of the path itself (a link is a link, never followed); null and the errno when it can't be read.</summary>
    public static Status? LinkStat(string path, out int errno) => Statx(AtFdCwd, Utf8(path), AtSymlinkNoFollow, out errno);

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

    public static uint EffectiveUserId() => geteuid();

    public static string Describe(int errno) => errno switch
    {
        ENOENT => SafeFile.DoesNotExist,
        EACCES => "permission denied",
        ENOTDIR => "a part of the path is not a folder",
        ENAMETOOLONG => "the path is too long",
        ELOOP => "is a symbolic link loop (too many levels of links)",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    private static Status? Statx(int dirfd, byte[] path, int flags, out int errno)
    {
        var buffer = new byte[StatxBytes];
        if (statx(dirfd, path, flags, StatxType | StatxMode | StatxUid | StatxSize, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        errno = 0;
        var returned = BitConverter.ToUInt32(buffer, 0);
        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        var type = (returned & StatxType) == 0 ? Type.Unknown : (mode & 0xF000) switch
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
        uint? uid = (returned & StatxUid) != 0 ? BitConverter.ToUInt32(buffer, StatxUidOffset) : null;
        return new Status(type, uid, BitConverter.ToInt64(buffer, StatxSizeOffset));
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Statx(AtFdCwd, Utf8("/"), AtSymlinkNoFollow, out var errno) is not null || errno != ENOSYS;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + '\0');

#pragma warning disable SYSLIB1054 // DllImport with byte[] arguments needs no unsafe code, unlike LibraryImport's generated stubs.
    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] pathname, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(byte[] path, IntPtr resolvedPath);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc")]
    private static extern uint geteuid();
#pragma warning restore SYSLIB1054
}
