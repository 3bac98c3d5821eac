using System.Globalization;

namespace CmkSim.Files;

/// <summary>
/// The marker file in a folder CmkSim creates and may sweep later, once a killed run has left it (a token directory
/// holding key objects, a staging folder inside --out): the user, the pid, the process's start time, the boot and the
/// pid namespace of its maker. A folder is abandoned only when every check passes: the folder and the marker are ours
/// (our user, not links), the marker is valid and names our user, and its process is gone (another boot, or no process
/// with that pid and start time, so a reused pid is not taken for the owner). Unknown never deletes.
/// </summary>
public sealed record OwnerMarker(uint User, int Pid, long StartTime, string Boot, string PidNamespace)
{
    public const string FileName = ".cmksim-owner";

    private const string Header = "cmksim folder owner v1";
    private const int MaxBytes = 4096;

    /// <summary>This process's marker, or null where its facts can't be read (not Linux, no /proc): then nothing is marked.</summary>
    public static OwnerMarker? OfThisProcess()
    {
        var pid = Environment.ProcessId;
        return FileStatus.CurrentUser() is { } user && ProcessIdentity.StartTime(pid) is { } start
            && ProcessIdentity.BootId() is { } boot && ProcessIdentity.PidNamespace() is { } pidNamespace
            ? new OwnerMarker(user, pid, start, boot, pidNamespace)
            : null;
    }

    /// <summary>Marks <paramref name="folder"/> as this process's; false when the facts are unknown (the folder is then never swept).</summary>
    public static bool Mark(string folder)
    {
        if (OfThisProcess() is not { } marker)
        {
            return false;
        }

        // Written beside and renamed into place, so a reader never sees half a marker.
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", marker.Format());
        File.Move(path + ".tmp", path);
        return true;
    }

    /// <summary>
    /// The folders directly under <paramref name="parent"/> matching <paramref name="searchPattern"/> that are
    /// abandoned (see <see cref="IsAbandoned"/>), as full paths; none when the parent can't be listed.
    /// </summary>
    public static IReadOnlyList<string> FindAbandoned(string parent, string searchPattern)
    {
        try
        {
            return Directory.EnumerateDirectories(parent, searchPattern)
                .Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)))
                .Where(IsAbandoned)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>True only when the folder and its marker are ours and the marked process is gone.</summary>
    public static bool IsAbandoned(string folder)
    {
        // Without following links: a link named like our folders is never a folder of ours, nor a link as the marker.
        if (FileStatus.CurrentUser() is not { } user
            || FileStatus.Kind(folder) != FileKind.Directory || FileStatus.Owner(folder) != user)
        {
            return false;
        }

        var path = Path.Combine(folder, FileName);
        if (FileStatus.Kind(path) != FileKind.Regular || FileStatus.Owner(path) != user)
        {
            return false;
        }

        return SafeFile.ReadText(path, MaxBytes, out _) is { } text && Parse(text) is { } marker
            && marker.User == user && marker.OwnerIsGone();
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Header}\nuid={User}\npid={Pid}\nstart={StartTime}\nboot={Boot}\npidns={PidNamespace}\n");

    public static OwnerMarker? Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        var fields = lines.Skip(1).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        return fields.TryGetValue("uid", out var uid) && uint.TryParse(uid, CultureInfo.InvariantCulture, out var u)
            && fields.TryGetValue("pid", out var pid) && int.TryParse(pid, CultureInfo.InvariantCulture, out var p) && p > 0
            && fields.TryGetValue("start", out var start) && long.TryParse(start, CultureInfo.InvariantCulture, out var s)
            && fields.TryGetValue("boot", out var boot) && boot.Length > 0
            && fields.TryGetValue("pidns", out var pidNamespace) && pidNamespace.Length > 0
            ? new OwnerMarker(u, p, s, boot, pidNamespace)
            : null;
    }

    /// <summary>Gone: another boot, or no process with this pid and start time in our pid namespace. Unknown is not gone.</summary>
    public bool OwnerIsGone()
    {
        if (ProcessIdentity.BootId() is not { } boot || ProcessIdentity.PidNamespace() is not { } pidNamespace)
        {
            return false;
        }

        if (boot != Boot)
        {
            return true;
        }

        if (pidNamespace != PidNamespace)
        {
            return false;
        }

        return ProcessIdentity.StartTime(Pid) is not { } start || start != StartTime;
    }
}
