using System.Diagnostics;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cluster;

/// <summary>How the cluster tests start silos (the real cmksim program) and check that none is left.</summary>
internal static class ClusterProcesses
{
    /// <summary><c>dotnet cmksim.dll silo …</c>, as <c>--silos</c> starts them from the CLI.</summary>
    public static ProcessStartInfo Silo(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(CmkSimProgram.Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>True while a process with this pid exists (a zombie counts as gone: it runs nothing).</summary>
    public static bool Running(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }

        try
        {
            return !File.ReadAllLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z'));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
