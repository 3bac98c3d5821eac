using CmkSim.Files;

namespace CmkSim.Crypto.Hsm;

/// <summary>Finds the SoftHSM2 PKCS#11 module: explicit path, then the environment variable, then Debian's locations.</summary>
public static class Pkcs11LibraryLocator
{
    private static readonly string[] KnownLocations =
    [
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ];

    public const string InstallHint =
        "Install SoftHSM2 (as root: apt-get update && apt-get install -y softhsm2), " +
        $"or point {HsmOptions.LibraryPathVariable} at a PKCS#11 module.";

    public static string Locate(string? explicitPath)
    {
        var requested = explicitPath ?? Environment.GetEnvironmentVariable(HsmOptions.LibraryPathVariable);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (!File.Exists(requested))
            {
                throw new HsmException(HsmError.LibraryNotFound,
                    $"PKCS#11 library '{requested}' does not exist. {InstallHint}");
            }

            // dlopen reads the file: a FIFO would block it forever and a device would feed it garbage.
            if (FileStatus.Kind(SafeFile.Resolve(requested, out _) ?? requested) != FileKind.Regular)
            {
                throw new HsmException(HsmError.LibraryNotLoadable,
                    $"PKCS#11 library '{requested}' is not a regular file (a folder, FIFO or device can't be a library). {InstallHint}");
            }

            return requested;
        }

        return KnownLocations.FirstOrDefault(File.Exists)
            ?? throw new HsmException(HsmError.LibraryNotFound,
                $"SoftHSM2 (libsofthsm2.so) was not found in {string.Join(", ", KnownLocations)}. {InstallHint}");
    }
}
