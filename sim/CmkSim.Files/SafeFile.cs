using System.Text;

namespace CmkSim.Files;

/// <summary>
/// Reads a file a scenario names (the scenario itself, a template) as untrusted input: only a regular file, only up
/// to a size limit, and never blocking. A FIFO, a device (also through a link), a folder, a link loop, a broken link
/// or an unreadable file gives one reason instead of a hang, a huge read or an exception.
/// </summary>
public static class SafeFile
{
    /// <summary>The reason given for a path that does not exist (and is not a broken link).</summary>
    public const string DoesNotExist = "does not exist";

    /// <summary>The file's bytes, or null and why it can't be used. At most <paramref name="maxBytes"/> + 1 bytes are ever read.</summary>
    public static byte[]? Read(string path, int maxBytes, out string problem)
    {
        problem = string.Empty;
        if (!UnixFile.Available)
        {
            return ReadPortable(path, maxBytes, out problem);
        }

        // Opened first, then typed through the descriptor: no window for the file to be swapped for a FIFO.
        var fd = UnixFile.OpenForReading(path, out var errno);
        if (fd < 0)
        {
            problem = OpenProblem(path, errno);
            return null;
        }

        using var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
        if (UnixFile.Stat(fd, out errno) is not { } status)
        {
            problem = UnixFile.Describe(errno);
            return null;
        }

        if (status.Type != UnixFile.Type.Regular)
        {
            problem = NotRegular(status.Type);
            return null;
        }

        if (status.Size > maxBytes)
        {
            problem = TooLarge(maxBytes);
            return null;
        }

        return ReadAtMost(handle, maxBytes, out problem);
    }

    /// <summary>The file as text (UTF-8, a leading BOM dropped), or null and why it can't be used.</summary>
    public static string? ReadText(string path, int maxBytes, out string problem) =>
        Read(path, maxBytes, out problem) is { } bytes ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : null;

    /// <summary>Why <paramref name="path"/> can't be used as a file of at most <paramref name="maxBytes"/>, or null when it can.</summary>
    public static string? Problem(string path, int maxBytes) => Read(path, maxBytes, out var problem) is null ? problem : null;

    /// <summary>The canonical path (links and '..' resolved), or null and why not.</summary>
    public static string? Resolve(string path, out string problem)
    {
        problem = string.Empty;
        if (UnixFile.Available)
        {
            var real = UnixFile.RealPath(path, out var errno);
            if (real is null)
            {
                problem = OpenProblem(path, errno);
            }

            return real;
        }

        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private static string OpenProblem(string path, int errno) =>
        errno == UnixFile.ENOENT && UnixFile.LinkStat(path, out _)?.Type == UnixFile.Type.SymbolicLink
            ? "is a broken symbolic link (its target does not exist)"
            : UnixFile.Describe(errno);

    private static string NotRegular(UnixFile.Type type) => type switch
    {
        UnixFile.Type.Directory => "is a folder, not a file",
        UnixFile.Type.Fifo => "is a FIFO (named pipe), not a regular file",
        UnixFile.Type.CharacterDevice => "is a character device, not a regular file",
        UnixFile.Type.BlockDevice => "is a block device, not a regular file",
        UnixFile.Type.Socket => "is a socket, not a regular file",
        _ => "is not a regular file",
    };

    private static string TooLarge(int maxBytes) => $"is larger than {maxBytes / 1024} KiB, the limit for this file";

    private static byte[]? ReadAtMost(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int maxBytes, out string problem)
    {
        problem = string.Empty;
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        try
        {
            int read;
            while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
            {
                total += read;
            }
        }
        catch (IOException e)
        {
            problem = $"can't be read: {e.Message}";
            return null;
        }

        if (total > maxBytes)
        {
            // The file grew after it was measured.
            problem = TooLarge(maxBytes);
            return null;
        }

        return buffer[..total];
    }

    // Elsewhere .NET's own checks: no FIFO detection, but the size bound and the error handling hold.
    private static byte[]? ReadPortable(string path, int maxBytes, out string problem)
    {
        problem = string.Empty;
        try
        {
            if (Directory.Exists(path))
            {
                problem = NotRegular(UnixFile.Type.Directory);
                return null;
            }

            if (!File.Exists(path))
            {
                problem = UnixFile.Describe(UnixFile.ENOENT);
                return null;
            }

            using var handle = File.OpenHandle(path);
            if (RandomAccess.GetLength(handle) > maxBytes)
            {
                problem = TooLarge(maxBytes);
                return null;
            }

            return ReadAtMost(handle, maxBytes, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"can't be read: {e.Message}";
            return null;
        }
    }
}
