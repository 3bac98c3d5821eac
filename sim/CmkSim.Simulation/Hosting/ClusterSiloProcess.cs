using System.Diagnostics;
using System.Text;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// One <c>cmksim silo</c> child process: started with the run's cluster address and id, ready when it prints
/// <see cref="ReadyPrefix"/>, killed on dispose (a run's silos hold nothing that outlives the run).
/// </summary>
public sealed class ClusterSiloProcess : IAsyncDisposable
{
    /// <summary>The line a silo prints once it has joined the cluster.</summary>
    public const string ReadyPrefix = "cmksim silo: ready";

    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _errors = new();

    private ClusterSiloProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The silo-to-silo port, read from its ready line (0 until then): how a silo address names this process.</summary>
    public int SiloPort { get; private set; }

    /// <summary>Starts a silo; <paramref name="start"/> names the program and the arguments up to and including <c>silo …</c>.</summary>
    public static ClusterSiloProcess Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new ClusterSiloProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith(ReadyPrefix, StringComparison.Ordinal) == true)
            {
                var port = System.Text.RegularExpressions.Regex.Match(e.Data, @"silo 127\.0\.0\.1:(\d+)");
                silo.SiloPort = port.Success ? int.Parse(port.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                silo._ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (silo._errors)
                {
                    if (silo._errors.Length < 4000)
                    {
                        silo._errors.AppendLine(line);
                    }
                }
            }
        };
        process.Exited += (_, _) => silo._ready.TrySetException(new ClusterUnreachableException(
            $"silo process {process.Id} exited before it joined the cluster (code {process.ExitCode}): {silo.FirstError()}"));
        process.Start();
        ClusterChildren.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellation);
        }
        catch (TimeoutException)
        {
            throw new ClusterUnreachableException($"silo process {_process.Id} did not join the cluster within {timeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Kills the silo at once, as a crash would (<c>kill -9</c>).</summary>
    public void Kill() => ClusterChildren.Kill(_process);

    private string FirstError()
    {
        lock (_errors)
        {
            var first = _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return first ?? "no message";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ClusterChildren.KillAndReapAsync(_process);
    }
}
