using CmkSim.Files;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Token directories CmkSim generates (<c>cmksim-hsm-*</c> under the temp folder) hold key objects, so a killed run must
/// not leave them behind. Each carries an <see cref="OwnerMarker"/>; the next process that opens the HSM deletes the
/// abandoned ones. A directory without a valid marker, of another user, of a live process or of a process we can't
/// judge is never touched; nor is a user's <c>--token-dir</c>.
/// </summary>
public static class TokenDirectoryOwnership
{
    public const string Prefix = "cmksim-hsm-";

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

        OwnerMarker.Mark(directory);
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
    /// Deletes the abandoned token directories under <paramref name="tempFolder"/>; never <paramref name="keep"/>
    /// (a directory the user named). Returns what was deleted.
    /// </summary>
    public static IReadOnlyList<string> SweepStale(string? tempFolder = null, string? keep = null)
    {
        var kept = keep is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(keep));
        var deleted = new List<string>();
        foreach (var directory in OwnerMarker.FindAbandoned(tempFolder ?? Path.GetTempPath(), Prefix + "*"))
        {
            bool ours;
            lock (Owned)
            {
                ours = Owned.Contains(directory);
            }

            if (!ours && directory != kept && TryDelete(directory))
            {
                deleted.Add(directory);
            }
        }

        return deleted;
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
}
