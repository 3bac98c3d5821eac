using System.Text;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// What SoftHSM2's file store holds on disk, read past the process's own view: whether a token of a label exists at all
/// (a process lists tokens once, so one created later is missing from its view), and, when a key is missing, what the
/// token's folder holds. Processes sharing a token directory each keep their own index of it (re-read when the token's
/// generation counter moves), so "not found here" and "not on disk" are different faults: more object files on disk
/// than objects in view means this process's index is stale; two folders with one label mean two tokens of one name.
/// </summary>
internal static class TokenFolders
{
    /// <summary>One line on the token's folder (found by its serial, which SoftHSM2 derives from the folder's UUID).</summary>
    public static string Describe(string tokenDirectory, string label, string serial)
    {
        var root = Path.Combine(tokenDirectory, "tokens");
        try
        {
            var folders = Directory.GetDirectories(root);
            var sameLabel = folders.Count(f => HoldsLabel(f, label));
            var own = folders.FirstOrDefault(f => SerialOf(Path.GetFileName(f)) == serial.Trim());
            var objects = own is null ? 0 : Directory.GetFiles(own, "*.object").Count(f => Path.GetFileName(f) != "token.object");
            return own is null
                ? $"on disk no folder has serial {serial.Trim()}; {sameLabel} token folder(s) labelled '{label}'"
                : $"on disk {objects} object files in its folder {Path.GetFileName(own)}; {sameLabel} token folder(s) labelled '{label}'";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"token directory '{root}' could not be read ({e.Message})";
        }
    }

    /// <summary>Whether a token folder in the directory carries this label, seen by this process or not.</summary>
    public static bool AnyLabelled(string tokenDirectory, string label)
    {
        var root = Path.Combine(tokenDirectory, "tokens");
        try
        {
            return Directory.Exists(root) && Directory.GetDirectories(root).Any(f => HoldsLabel(f, label));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // SoftHSM2 2.6.1 (ObjectStore::newToken): serial = uuid[19..23] + uuid[24..].
    private static string? SerialOf(string folder) => folder.Length == 36 ? folder[19..23] + folder[24..] : null;

    private static bool HoldsLabel(string folder, string label)
    {
        var tokenObject = Path.Combine(folder, "token.object");
        if (!File.Exists(tokenObject))
        {
            return false;
        }

        // The label is stored padded with spaces to fill its 32-byte field, so searching the padded label is exact: a
        // shorter label can't match inside a longer one (it would need more padding than the field leaves).
        var padded = Encoding.UTF8.GetBytes(label.PadRight(32));
        return File.ReadAllBytes(tokenObject).AsSpan().IndexOf(padded) >= 0;
    }
}
