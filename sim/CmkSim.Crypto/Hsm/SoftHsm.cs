namespace CmkSim.Crypto.Hsm;

/// <summary>
/// A handle on SoftHSM2 through PKCS#11. Every handle in a process shares one loaded module (see
/// <see cref="Pkcs11Module"/>); the module is finalised when the last handle is disposed.
/// </summary>
public sealed class SoftHsm : IDisposable
{
    // The one piece of process-wide state, mirroring the native library's own: C_Initialize runs once a process.
    private static readonly object Gate = new();
    private static Pkcs11Module? _shared;
    private static int _handles;
    private static int _namespaces;

    private readonly Pkcs11Module _module;
    private readonly string _namespace;
    private bool _disposed;

    private SoftHsm(Pkcs11Module module, string tokenNamespace)
    {
        _module = module;
        _namespace = tokenNamespace;
    }

    public string LibraryPath => _module.LibraryPath;

    public string TokenDirectory => _module.TokenDirectory;

    public HsmOptions Options => _module.Options;

    /// <summary>Loads SoftHSM2 (or joins the module this process already loaded with the same token directory).</summary>
    public static SoftHsm Open(HsmOptions? options = null)
    {
        options ??= new HsmOptions();
        // Checked before joining a loaded module, so a bad path is reported whatever this process did before.
        var libraryPath = Pkcs11LibraryLocator.Locate(options.LibraryPath);
        lock (Gate)
        {
            if (_shared is null)
            {
                _shared = Pkcs11Module.Load(options);
            }
            else if (libraryPath != _shared.LibraryPath)
            {
                throw new HsmException(HsmError.LibraryNotLoadable,
                    $"This process already loaded PKCS#11 library '{_shared.LibraryPath}'; '{libraryPath}' needs a process of its own.");
            }
            else if (options.TokenDirectory is { } wanted && Path.GetFullPath(wanted) != _shared.TokenDirectory)
            {
                throw new HsmException(HsmError.TokenUnavailable,
                    $"This process already uses SoftHSM2 token directory '{_shared.TokenDirectory}'; " +
                    $"SoftHSM2 reads its configuration once per process, so '{wanted}' needs a process of its own.");
            }

            _handles++;
            return new SoftHsm(_shared, options.IsolateTokens ? $"n{++_namespaces}-" : "");
        }
    }

    /// <summary>The token with this label, initialised on first use (labels are stable, slot IDs are not).</summary>
    public HsmToken Token(string label)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _module.GetOrCreateToken(TokenLabel(_namespace + label));
    }

    /// <summary>
    /// PKCS#11 labels hold 32 bytes: longer names keep a readable head and a hash of the whole, joined by '#', which no
    /// name a scenario gives holds. With '-' a 26-character vault name spelt like another vault's hashed label shared
    /// its token (and merged the two vaults' HSM figures).
    /// </summary>
    public static string TokenLabel(string name) => name.Length <= 32
        ? name
        : $"{name[..20]}#{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..11]}";

    public void Dispose()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_handles == 0)
            {
                _shared?.Dispose();
                _shared = null;
            }
        }
    }
}
