using System.Runtime.InteropServices;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// On Unix, <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only .NET's copy of the
/// environment; SoftHSM2 reads SOFTHSM2_CONF with getenv, so the variable must be set in libc's environ.
/// </summary>
internal static partial class NativeEnvironment
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    public static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (!OperatingSystem.IsWindows() && SetEnv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed");
        }
    }
}
