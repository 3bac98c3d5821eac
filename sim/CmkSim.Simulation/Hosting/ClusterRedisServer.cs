using System.Diagnostics;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A <c>redis-server</c> of the run's own on a free loopback port, with nothing saved to disk (<c>--save ''</c>,
/// no append-only file) and its working folder in a temp folder of its own; killed and removed on dispose.
/// </summary>
public sealed class ClusterRedisServer : IAsyncDisposable
{
    /// <summary>Overrides where <c>redis-server</c> is looked for (else PATH, then /usr/bin).</summary>
    public const string ExecutableVariable = "CMKSIM_REDIS_SERVER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _folder;

    private ClusterRedisServer(Process process, string folder, ClusterAddress address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public ClusterAddress Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<ClusterRedisServer> StartAsync(CancellationToken cancellation = default)
    {
        var executable = Locate() ?? throw new ClusterUnreachableException(
            "redis-server is not installed (needed by --silos without --cluster): run .ci/bootstrap or apt-get install -y redis-server");
        var folder = Directory.CreateTempSubdirectory("cmksim-redis-").FullName;
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                     "--dir", folder, "--protected-mode", "yes", "--loglevel", "warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new ClusterUnreachableException($"could not start {executable}");
        ClusterChildren.Add(process);
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ClusterRedisServer(process, folder, new ClusterAddress("127.0.0.1", port));
        try
        {
            await server.WaitUntilAnsweringAsync(cancellation);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new ClusterUnreachableException($"redis-server exited at start (code {_process.ExitCode}) on port {Address.Port}");
            }

            try
            {
                await ClusterRedis.CheckReachableAsync(Address, timeout.Token);
                return;
            }
            catch (ClusterUnreachableException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                throw new ClusterUnreachableException($"redis-server did not answer on port {Address.Port} within {StartTimeout.TotalSeconds:0} s");
            }
        }
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    public async ValueTask DisposeAsync()
    {
        await ClusterChildren.KillAndReapAsync(_process);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty temp folder left behind is harmless.
        }
    }
}
