using System.Reflection;
using System.Runtime.InteropServices;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Pkcs11Interop 5.3.0 P/Invokes <c>libdl</c> to dlopen the PKCS#11 module; current glibc ships it only as
/// <c>libdl.so.2</c>. Resolving the name in code keeps the machine free of hand-made symlinks.
/// </summary>
internal static class LibDlResolver
{
    public static void Install()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Net.Pkcs11Interop.Common.CKA).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // A resolver can be set once per assembly; a second HSM in this process finds it in place.
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name is "libdl" or "libdl.so" && OperatingSystem.IsLinux())
        {
            foreach (var candidate in new[] { "libdl.so.2", "libc.so.6" })
            {
                if (NativeLibrary.TryLoad(candidate, out var handle))
                {
                    return handle;
                }
            }
        }

        return IntPtr.Zero;
    }
}
