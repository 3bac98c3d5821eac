using System.Runtime.InteropServices;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// The facts a stale token directory is judged by, read from Linux itself: who owns a path (statx, without following
/// links), which user we are, and whether a process is still the one that was started (pid plus its start time, so a
/// reused pid is not taken for the owner). Anything that can't be read is "unknown", and unknown never deletes.
/// </summary>
internal static unsafe partial class LinuxOwnership
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxUid = 0x8;
    private const int FileTypeMask = 0xF000, Directory = 0x4000, RegularFile = 0x8000;

    public enum Kind { Other, Directory, RegularFile }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    public static bool Supported => OperatingSystem.IsLinux() && File.Exists("/proc/self/stat");

    public static uint? EffectiveUserId()
    {
        try
        {
            return Supported ? GetEffectiveUserId() : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Owner and kind of the path itself (a symbolic link is reported as <see cref="Kind.Other"/>).</summary>
    public static (uint Uid, Kind Kind)? Owner(string path)
    {
        if (!Supported)
        {
            return null;
        }

        // struct statx has the same 256-byte layout on every architecture (native byte order): stx_uid at 20, stx_mode at 28.
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxMode | StatxUid, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        var bytes = new ReadOnlySpan<byte>(buffer, 256);
        var returned = MemoryMarshal.Read<uint>(bytes);
        if ((returned & (StatxType | StatxUid)) != (StatxType | StatxUid))
        {
            return null;
        }

        var uid = MemoryMarshal.Read<uint>(bytes[20..]);
        var mode = MemoryMarshal.Read<ushort>(bytes[28..]);
        var kind = (mode & FileTypeMask) switch { Directory => Kind.Directory, RegularFile => Kind.RegularFile, _ => Kind.Other };
        return (uid, kind);
    }

    /// <summary>This boot's id: start times count from boot, so a marker from another boot has a dead owner.</summary>
    public static string? BootId() => ReadSmall("/proc/sys/kernel/random/boot_id")?.Trim();

    /// <summary>The pid namespace: a pid from another namespace (another container sharing /tmp) can't be judged.</summary>
    public static string? PidNamespace()
    {
        try
        {
            return new FileInfo("/proc/self/ns/pid").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), null when there is no such process.</summary>
    public static long? StartTime(int pid)
    {
        var stat = ReadSmall($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces or ')': the fields after the last ')' are fixed.
        var close = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.Length > 19 && long.TryParse(fields[19], out var start) ? start : null;
    }

    private static string? ReadSmall(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
