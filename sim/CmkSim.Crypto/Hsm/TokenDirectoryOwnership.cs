using System.Globalization;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Token directories CmkSim generates (<c>cmksim-hsm-*</c> under the temp folder) hold key objects, so a killed run must
/// not leave them behind. Each carries an ownership marker (user, pid, the process's start time, boot and pid namespace);
/// the next process that opens the HSM deletes the ones whose owner is gone. A directory without a valid marker, of
/// another user, of a live process or of a process we can't judge is never touched; nor is a user's <c>--token-dir</c>.
/// </summary>
public static class TokenDirectoryOwnership
{
    public const string Prefix = "cmksim-hsm-";

    /// <summary>The marker file inside a generated token directory.</summary>
    public const string MarkerFile = ".cmksim-owner";

    private const string MarkerHeader = "cmksim token directory owner v1";
    private const int MaxMarkerBytes = 4096;

    // Directories this process generated and has not deleted yet: a sweep never takes them, whatever their marker says.
    private static readonly HashSet<string> Owned = new(StringComparer.Ordinal);

    /// <summary>Creates a fresh token directory of this process's own under the temp folder, marked as ours.</summary>
    public static string CreateOwned()
    {
        var directory = Directory.CreateTempSubdirectory(Prefix).FullName;
        lock (Owned)
        {
            Owned.Add(directory);
        }

        if (Marker.OfThisProcess() is { } marker)
        {
            // Written beside and renamed into place, so a reader never sees half a marker.
            var path = Path.Combine(directory, MarkerFile);
            File.WriteAllText(path + ".tmp", marker.Format());
            File.Move(path + ".tmp", path);
        }

        return directory;
    }

    /// <summary>Deletes a directory <see cref="CreateOwned"/> made; false when it could not be deleted (left for the next sweep).</summary>
    public static bool Delete(string directory)
    {
        lock (Owned)
        {
            Owned.Remove(directory);
        }

        return TryDelete(directory);
    }

    /// <summary>
    /// Deletes the marked token directories under <paramref name="tempFolder"/> whose owner is gone; never
    /// <paramref name="keep"/> (a directory the user named). Returns what was deleted.
    /// </summary>
    public static IReadOnlyList<string> SweepStale(string? tempFolder = null, string? keep = null)
    {
        var deleted = new List<string>();
        if (LinuxOwnership.EffectiveUserId() is not { } user)
        {
            return deleted;
        }

        tempFolder ??= Path.GetTempPath();
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempFolder, Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return deleted;
        }

        var kept = keep is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(keep));
        foreach (var candidate in candidates)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(candidate));
            bool ours;
            lock (Owned)
            {
                ours = Owned.Contains(full);
            }

            if (!ours && full != kept && IsStale(full, user) && TryDelete(full))
            {
                deleted.Add(full);
            }
        }

        return deleted;
    }

    /// <summary>True only when every check passes: ours by owner and marker, and the marked process is gone.</summary>
    internal static bool IsStale(string directory, uint user)
    {
        // statx without following links: a symbolic link named cmksim-hsm-* is "other", never a directory of ours.
        if (LinuxOwnership.Owner(directory) is not (var dirOwner, LinuxOwnership.Kind.Directory) || dirOwner != user)
        {
            return false;
        }

        var markerPath = Path.Combine(directory, MarkerFile);
        if (LinuxOwnership.Owner(markerPath) is not (var markerOwner, LinuxOwnership.Kind.RegularFile) || markerOwner != user)
        {
            return false;
        }

        Marker? marker;
        try
        {
            marker = new FileInfo(markerPath).Length <= MaxMarkerBytes ? Marker.Parse(File.ReadAllText(markerPath)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return marker is not null && marker.User == user && marker.OwnerIsGone();
    }

    private static bool TryDelete(string directory)
    {
        try
        {
            // Directory.Delete removes symbolic links inside, never what they point to.
            Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next sweep; a run always uses a directory of its own anyway.
            return false;
        }
    }

    /// <summary>Who made a token directory: enough to tell later, after a reboot or a reused pid, that it is gone.</summary>
    internal sealed record Marker(uint User, int Pid, long StartTime, string Boot, string PidNamespace)
    {
        public static Marker? OfThisProcess()
        {
            var pid = Environment.ProcessId;
            return LinuxOwnership.EffectiveUserId() is { } user && LinuxOwnership.StartTime(pid) is { } start
                && LinuxOwnership.BootId() is { } boot && LinuxOwnership.PidNamespace() is { } pidNamespace
                ? new Marker(user, pid, start, boot, pidNamespace)
                : null;
        }

        public string Format() => string.Create(CultureInfo.InvariantCulture,
            $"{MarkerHeader}\nuid={User}\npid={Pid}\nstart={StartTime}\nboot={Boot}\npidns={PidNamespace}\n");

        public static Marker? Parse(string text)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0 || lines[0] != MarkerHeader)
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
                ? new Marker(u, p, s, boot, pidNamespace)
                : null;
        }

        /// <summary>Gone: another boot, or no process with this pid and start time in our pid namespace. Unknown is not gone.</summary>
        public bool OwnerIsGone()
        {
            if (LinuxOwnership.BootId() is not { } boot || LinuxOwnership.PidNamespace() is not { } pidNamespace)
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

            return LinuxOwnership.StartTime(Pid) is not { } start || start != StartTime;
        }
    }
}
