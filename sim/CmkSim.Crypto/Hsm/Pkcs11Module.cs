using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// The loaded PKCS#11 library and its tokens. SoftHSM2 reads its config once, at C_Initialize, and a process can
/// initialise a PKCS#11 library only once, so there is one module per process, shared by every <see cref="SoftHsm"/>.
/// </summary>
internal sealed class Pkcs11Module : IDisposable
{
    private readonly Dictionary<string, HsmToken> _tokens = new(StringComparer.Ordinal);
    private readonly bool _ownsTokenDirectory;

    private Pkcs11Module(HsmOptions options, string libraryPath, string tokenDirectory, bool ownsTokenDirectory, IPkcs11Library library)
    {
        Options = options;
        LibraryPath = libraryPath;
        TokenDirectory = tokenDirectory;
        _ownsTokenDirectory = ownsTokenDirectory;
        Library = library;
    }

    public HsmOptions Options { get; }

    public string LibraryPath { get; }

    public string TokenDirectory { get; }

    public IPkcs11Library Library { get; private set; }

    /// <summary>Whether another process may write the token directory: one this module generated is its own alone.</summary>
    public bool SharesTokenDirectory => !_ownsTokenDirectory;

    public Pkcs11InteropFactories Factories { get; } = new();

    public object Sync { get; } = new();

    public static Pkcs11Module Load(HsmOptions options)
    {
        var libraryPath = Pkcs11LibraryLocator.Locate(options.LibraryPath);
        var owns = options.TokenDirectory is null;
        var given = options.TokenDirectory is { } named ? Path.GetFullPath(named) : null;
        if (given is not null && SoftHsmConfig.IsSystemDirectory(given))
        {
            throw new HsmException(HsmError.TokenUnavailable,
                $"'{given}' is the system's SoftHSM2 token directory; CmkSim uses a directory of its own run.");
        }

        if (given is not null && (File.Exists(given) || (!Directory.Exists(given) && Path.Exists(given))))
        {
            throw new HsmException(HsmError.TokenUnavailable, $"token directory '{given}' exists and is not a folder.");
        }

        // Token directories of killed runs go first; a directory the user named is never swept.
        TokenDirectoryOwnership.SweepStale(keep: given);
        var tokenDirectory = given ?? TokenDirectoryOwnership.CreateOwned();

        NativeEnvironment.Set(SoftHsmConfig.Variable, SoftHsmConfig.Write(tokenDirectory));
        LibDlResolver.Install();
        var factories = new Pkcs11InteropFactories();
        try
        {
            var library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, libraryPath, AppType.MultiThreaded);
            return new Pkcs11Module(options, libraryPath, tokenDirectory, owns, library);
        }
        catch (Exception e) when (e is not HsmException)
        {
            if (owns)
            {
                TryDelete(tokenDirectory);
            }

            throw new HsmException(HsmError.LibraryNotLoadable,
                $"PKCS#11 library '{libraryPath}' could not be loaded: {e.Message}. {Pkcs11LibraryLocator.InstallHint}", e);
        }
    }

    public HsmToken GetOrCreateToken(string label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length > 32)
        {
            throw new ArgumentException($"Token label '{label}' must be 1 to 32 characters.", nameof(label));
        }

        lock (Sync)
        {
            if (!_tokens.TryGetValue(label, out var token))
            {
                token = HsmToken.OpenOrInitialize(this, label);
                _tokens.Add(label, token);
            }

            return token;
        }
    }

    /// <summary>
    /// Loads SoftHSM2 again, so that it reads the token directory again (it lists tokens once, at C_Initialize). Only
    /// while this process has no token open: finalising the library ends every session and handle. Called under
    /// <see cref="Sync"/> by <see cref="GetOrCreateToken"/>.
    /// </summary>
    internal bool TryRescan()
    {
        if (_tokens.Count > 0)
        {
            return false;
        }

        Library.Dispose();
        try
        {
            Library = Factories.Pkcs11LibraryFactory.LoadPkcs11Library(Factories, LibraryPath, AppType.MultiThreaded);
        }
        catch (Exception e) when (e is not HsmException)
        {
            throw new HsmException(HsmError.LibraryNotLoadable, $"PKCS#11 library '{LibraryPath}' could not be loaded again: {e.Message}", e);
        }

        return true;
    }

    public void Dispose()
    {
        lock (Sync)
        {
            foreach (var token in _tokens.Values)
            {
                token.Dispose();
            }

            _tokens.Clear();
            Library.Dispose();
        }

        if (_ownsTokenDirectory && Options.DeleteTokenDirectoryOnDispose)
        {
            TryDelete(TokenDirectory);
        }
    }

    // Only ever called on a directory this module generated; what can't be deleted now is swept by the next run.
    private static void TryDelete(string directory) => TokenDirectoryOwnership.Delete(directory);
}
