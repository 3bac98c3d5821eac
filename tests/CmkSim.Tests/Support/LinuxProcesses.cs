using System.Diagnostics;

namespace CmkSim.Tests.Support;

/// <summary>Facts about processes read independently of the code under test, for the ownership and sweep tests.</summary>
public static class LinuxProcesses
{
    /// <summary>This process's effective user id, from /proc/self/status.</summary>
    public static uint EffectiveUserId() => uint.Parse(File.ReadAllLines("/proc/self/status")
        .First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[2]);

    /// <summary>The pid of a process that has ended (and been reaped), as a killed run's would be.</summary>
    public static async Task<int> EndedPidAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        var pid = process.Id;
        await process.WaitForExitAsync();
        return pid;
    }
}
