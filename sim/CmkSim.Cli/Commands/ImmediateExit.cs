using System.Runtime.InteropServices;

namespace CmkSim.Cli.Commands;

/// <summary>
/// Ends the process at once, for the second signal. <see cref="Environment.Exit"/> runs libc's exit-time cleanup,
/// which tears down SoftHSM2's static state while another thread may still be inside a PKCS#11 call: measured, the
/// process then died of SIGSEGV (exit 139) in about half the runs. <c>_exit</c> skips that cleanup; it also skips the
/// runtime's removal of its own diagnostic IPC files (named by our pid in the temp folder), so those are removed first.
/// </summary>
internal static class ImmediateExit
{
    public static void Now(int code)
    {
        // The run's own Redis and silo processes (--silos) go with it: nothing else would stop them.
        CmkSim.Simulation.Hosting.ClusterChildren.KillAll();
        if (!OperatingSystem.IsLinux())
        {
            Environment.Exit(code);
            return;
        }

        RemoveRuntimeIpcFiles();
        Exit(code);
    }

    // The diagnostic server's socket and the debugger transport's pipes: "dotnet-diagnostic-<pid>-<n>-socket",
    // "clr-debug-pipe-<pid>-<n>-in" and "-out". They are this process's own, and nothing else may match our pid.
    private static void RemoveRuntimeIpcFiles()
    {
        var pid = Environment.ProcessId;
        foreach (var prefix in new[] { $"dotnet-diagnostic-{pid}-", $"clr-debug-pipe-{pid}-" })
        {
            try
            {
                foreach (var file in Directory.EnumerateFileSystemEntries(Path.GetTempPath(), prefix + "*"))
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the OS temp cleaner: exiting at once matters more.
            }
        }
    }

#pragma warning disable SYSLIB1054 // DllImport of an int-only function needs no unsafe code, unlike LibraryImport's stubs.
    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void Exit(int status);
#pragma warning restore SYSLIB1054
}
