using System.Security.Cryptography;
using CmkSim.Files;

namespace CmkSim.Reports.Signing;

/// <summary>
/// The installation's signing token: a folder only its user can enter (0700) holding the persistent report-signing
/// key (RSA-3072, PKCS#8 PEM, 0600), created once and read by every later run, so every report of one installation
/// carries one fingerprint. Default <c>$XDG_DATA_HOME/cmksim/signing</c> (else <c>~/.local/share/cmksim/signing</c>),
/// or <c>$CMKSIM_SIGNING_TOKEN</c>, or <c>--signing-token</c>.
/// </summary>
/// <remarks>
/// The key is a file, not a SoftHSM2 object: SoftHSM2 reads one token directory per process, and the simulation's
/// tokens live in a fresh directory of each run's own. The folder is taken only when it is ours: not a link, owned by
/// us, and either empty or marked as a CmkSim signing token; a key readable by others is refused, never used.
/// Creating the key happens under an exclusive lock on <see cref="LockFile"/>, so two runs starting at once on one
/// installation make one key; the key file appears whole (written beside it, then renamed).
/// </remarks>
public static class SigningToken
{
    public const string Variable = "CMKSIM_SIGNING_TOKEN";
    public const string KeyFile = "report-signing-key.pem";
    public const string MarkerFile = ".cmksim-signing-token";
    public const string LockFile = ".lock";

    private const string MarkerText = "cmksim signing token v1\n";
    private const int MaxKeyBytes = 64 * 1024;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                              | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>How long a run waits for another run holding the lock (it holds it only while creating or reading the key).</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>The folder to use: <paramref name="given"/>, else $CMKSIM_SIGNING_TOKEN, else the user's data directory.</summary>
    public static string Resolve(string? given, Func<string, string?> environment)
    {
        if (given is { Length: > 0 })
        {
            return Path.GetFullPath(given);
        }

        if (environment(Variable) is { Length: > 0 } variable)
        {
            return Path.GetFullPath(variable);
        }

        // XDG: a relative XDG_DATA_HOME is invalid and ignored.
        var data = environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "cmksim", "signing");
    }

    /// <summary>Opens the installation's key in <paramref name="folder"/>, creating folder and key on first use.</summary>
    /// <exception cref="SigningTokenException">The folder or key can't be used as it is.</exception>
    public static ReportSigner Open(string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Prepare(folder);
        using var held = Lock(folder);
        if (FileStatus.Kind(Path.Combine(folder, MarkerFile)) == FileKind.Missing)
        {
            WriteWhole(Path.Combine(folder, MarkerFile), MarkerText);
        }

        var keyPath = Path.Combine(folder, KeyFile);
        var rsa = FileStatus.Kind(keyPath) == FileKind.Missing ? Create(keyPath) : Read(keyPath);
        return ReportSigner.FromPrivateKey(rsa);
    }

    // The folder exists, is a real folder of ours that nobody else can enter, and holds nothing but a token's files.
    private static void Prepare(string folder)
    {
        var kind = FileStatus.Kind(folder);
        if (kind == FileKind.Missing)
        {
            try
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, OwnerOnlyFolder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SigningTokenException($"signing token '{folder}' can't be created: {e.Message}");
            }

            kind = FileStatus.Kind(folder);
        }

        if (kind != FileKind.Directory)
        {
            throw new SigningTokenException($"signing token '{folder}' is {ManifestReader.Describe(kind)}, not a folder");
        }

        if (FileStatus.CurrentUser() is { } user && FileStatus.Owner(folder) != user)
        {
            throw new SigningTokenException($"signing token '{folder}' belongs to another user; give a folder of your own with --signing-token");
        }

        var names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        var foreign = names.Where(n => !IsTokenFile(n!)).ToList();
        // Asked after listing: the marker is written before the key, so a key listed means a marker there by now.
        var marked = FileStatus.Kind(Path.Combine(folder, MarkerFile)) == FileKind.Regular;
        if (foreign.Count > 0 || (!marked && names.Contains(KeyFile)))
        {
            throw new SigningTokenException(
                $"signing token '{folder}' holds files that are not a CmkSim signing token's ({string.Join(", ", foreign.Count > 0 ? foreign : [KeyFile])}); give an empty or new folder");
        }

        // Windows has no mode bits: the user's profile folder's ACLs protect the default location there.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(folder);
        if ((mode & GroupOrOther) != 0)
        {
            if (names.Contains(KeyFile))
            {
                throw new SigningTokenException($"signing token '{folder}' can be entered by other users (mode {Octal(mode)}); chmod 700 it");
            }

            // An empty folder the user just made for us (mkdir gives 0755): closed before a key goes in.
            File.SetUnixFileMode(folder, OwnerOnlyFolder);
        }
    }

    // The token's own files, and the halves another run is writing under the lock (renamed into place when whole).
    private static bool IsTokenFile(string name) =>
        name is MarkerFile or LockFile or KeyFile
        || name.StartsWith(KeyFile + ".tmp-", StringComparison.Ordinal) || name.StartsWith(MarkerFile + ".tmp-", StringComparison.Ordinal);

    // An exclusive lock (flock through FileShare.None) on the token's lock file, waited for while another run holds it.
    private static FileStream Lock(string folder)
    {
        var options = OwnerOnly(new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None });
        var path = Path.Combine(folder, LockFile);
        if (FileStatus.Kind(path) is not (FileKind.Missing or FileKind.Regular))
        {
            throw new SigningTokenException($"signing token lock '{path}' is {ManifestReader.Describe(FileStatus.Kind(path))}, not a regular file");
        }

        // Counted attempts rather than a clock: this library reads no wall clock.
        var attempts = (int)(LockWait / LockPoll);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException) when (attempt < attempts)
            {
                Thread.Sleep(LockPoll);
            }
            catch (IOException e)
            {
                throw new SigningTokenException($"signing token '{folder}' stayed locked by another run for {LockWait.TotalSeconds:0} s: {e.Message}");
            }
        }
    }

    private static RSA Create(string keyPath)
    {
        var rsa = RSA.Create(ReportSigner.KeyBits);
        WriteWhole(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return rsa;
    }

    private static RSA Read(string keyPath)
    {
        if (FileStatus.Kind(keyPath) != FileKind.Regular)
        {
            throw new SigningTokenException($"signing key '{keyPath}' is {ManifestReader.Describe(FileStatus.Kind(keyPath))}, not a regular file");
        }

        if (FileStatus.CurrentUser() is { } user && FileStatus.Owner(keyPath) != user)
        {
            throw new SigningTokenException($"signing key '{keyPath}' belongs to another user");
        }

        var mode = OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(keyPath);
        if ((mode & GroupOrOther) != 0)
        {
            throw new SigningTokenException($"signing key '{keyPath}' can be read by other users (mode {Octal(mode)}); chmod 600 it, or move it aside for a new key");
        }

        var pem = SafeFile.ReadText(keyPath, MaxKeyBytes, out var problem)
                  ?? throw new SigningTokenException($"signing key '{keyPath}' can't be read: {problem}");
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new SigningTokenException($"signing key '{keyPath}' is not an RSA private key in PEM: {e.Message}; move it aside for a new key");
        }
    }

    // Written owner-only beside the target, flushed, then renamed into place: a reader sees no file or a whole one.
    private static void WriteWhole(string path, string text)
    {
        var temporary = $"{path}.tmp-{Environment.ProcessId}";
        File.Delete(temporary); // a crashed run's leftover: never reused with its old mode
        var options = OwnerOnly(new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write });
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: false);
    }

    private static FileStreamOptions OwnerOnly(FileStreamOptions options)
    {
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
