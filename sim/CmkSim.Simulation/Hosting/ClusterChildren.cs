using System.Diagnostics;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The processes a run started (its Redis and its silos), so that a process that must exit at once (a second
/// Ctrl-C) can still kill them: every other way out disposes them in order.
/// </summary>
public static class ClusterChildren
{
    private static readonly HashSet<Process> Running = [];

    internal static void Add(Process process)
    {
        lock (Running)
        {
            Running.Add(process);
        }
    }

    internal static void Remove(Process process)
    {
        lock (Running)
        {
            Running.Remove(process);
        }
    }

    /// <summary>Kills every child still running (SIGKILL), without waiting. Safe from any thread.</summary>
    public static void KillAll()
    {
        Process[] children;
        lock (Running)
        {
            children = [.. Running];
        }

        foreach (var child in children)
        {
            Kill(child);
        }
    }

    /// <summary>Kills a child, waits (at most 30 s) until it is reaped, forgets and disposes it.</summary>
    internal static async Task KillAndReapAsync(Process process)
    {
        Kill(process);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed but not reaped in 30 s: nothing more a user process can do.
            }
        }

        Remove(process);
        process.Dispose();
    }

    /// <summary>Kills a child and what it started, if it is still running.</summary>
    internal static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone, or gone while we looked.
        }
    }
}
