namespace CmkSim.Files;

/// <summary>
/// What tells one process from another over time, read from Linux's /proc: a pid alone is reused, a pid and its start
/// time are not (within one boot and one pid namespace). Anything that can't be read is null: "unknown".
/// </summary>
internal static class ProcessIdentity
{
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
