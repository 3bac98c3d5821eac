using System.Diagnostics;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// <c>--silos K</c>: K <c>cmksim silo</c> processes on loopback (and a Redis of the run's own when no <c>--cluster</c>
/// is given), a fresh cluster id, a client connected once all K are active; everything it started goes on dispose.
/// </summary>
public sealed class ClusterLauncher : IAsyncDisposable
{
    /// <summary>Silos joining on a busy 2-core machine took 5–7 s for three; this leaves room for a loaded CI host.</summary>
    public static readonly TimeSpan FormTimeout = TimeSpan.FromSeconds(90);

    private readonly List<ClusterSiloProcess> _silos = [];
    private Func<ProcessStartInfo>? _startSilo;
    private ClusterRedisServer? _redis;
    private string? _tokenDirectory;
    private readonly List<TimeSpan> _killTimes = [];
    private readonly List<TimeSpan> _restartTimes = [];

    private ClusterLauncher(string clusterId) => ClusterId = clusterId;

    public string ClusterId { get; }

    public ClusterAddress? Redis { get; private set; }

    public ClusterClient? Client { get; private set; }

    public IReadOnlyList<ClusterSiloProcess> Silos => _silos;

    /// <summary>The pid of the run's own redis-server, when it started one.</summary>
    public int? RedisProcessId => _redis?.ProcessId;

    /// <summary>How long from the first process started to K active silos and a connected client.</summary>
    public TimeSpan FormTime { get; private set; }

    /// <summary>Per kill, in order: from the signal until the membership counted the silo out (Orleans declared it dead).</summary>
    public IReadOnlyList<TimeSpan> KillTimes => _killTimes;

    /// <summary>Per restart, in order: from the new process's start until the membership counted it active.</summary>
    public IReadOnlyList<TimeSpan> RestartTimes => _restartTimes;

    /// <summary>A cluster id no earlier run used: stale membership rows of an earlier run slow a start badly.</summary>
    public static string FreshClusterId() => $"cmksim-{Guid.NewGuid():N}"[..23];

    /// <param name="silo">The program and arguments that start one silo, given the silo's own arguments.</param>
    /// <param name="redis">An existing Redis (<c>--cluster</c>), or null for one of the run's own.</param>
    /// <param name="hsmTokens">The run's HSM tokens, created by the first silo before the others start (<see cref="ClusterHsmTokens"/>).</param>
    public static async Task<ClusterLauncher> StartAsync(int silos, ClusterAddress? redis, HsmOptions hsm,
        Func<IReadOnlyList<string>, ProcessStartInfo> silo, IReadOnlyList<string>? hsmTokens = null, Action<IClientBuilder>? client = null,
        CancellationToken cancellation = default)
    {
        var launcher = new ClusterLauncher(FreshClusterId());
        var clock = Stopwatch.StartNew();
        try
        {
            if (redis is null)
            {
                launcher._redis = await ClusterRedisServer.StartAsync(cancellation);
                redis = launcher._redis.Address;
            }
            else
            {
                await ClusterRedis.CheckReachableAsync(redis, cancellation);
            }

            launcher.Redis = redis;
            // One token directory for the run's silos (ClusterHsm says why sharing it is safe), removed at the end.
            var tokens = hsm.TokenDirectory ?? (launcher._tokenDirectory = TokenDirectoryOwnership.CreateOwned());
            var arguments = SiloArguments(redis, launcher.ClusterId, hsm with { TokenDirectory = tokens }, hsmTokens ?? []);
            // The first silo creates the tokens; the others start once it is up, so each of them sees every token.
            launcher._startSilo = () => silo(arguments);
            launcher._silos.Add(ClusterSiloProcess.Start(silo(arguments)));
            await launcher._silos[0].WaitUntilReadyAsync(FormTimeout, cancellation);
            for (var i = 1; i < silos; i++)
            {
                launcher._silos.Add(ClusterSiloProcess.Start(silo(arguments)));
            }

            foreach (var started in launcher._silos)
            {
                await started.WaitUntilReadyAsync(FormTimeout, cancellation);
            }

            launcher.Client = await ClusterClient.ConnectAsync(redis, launcher.ClusterId, configure: client, cancellation: cancellation);
            await launcher.Client.WaitForActiveSilosAsync(silos, FormTimeout, cancellation);
            launcher.FormTime = clock.Elapsed;
            return launcher;
        }
        catch
        {
            await launcher.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// <c>kill -9</c> of silo <paramref name="number"/> (from 1); returns once the cluster's membership counts it out,
    /// so the next call reactivates its grains, with their Redis state, on a live silo.
    /// </summary>
    public async Task KillAsync(int number, CancellationToken cancellation)
    {
        var victim = _silos[number - 1];
        if (victim.HasExited)
        {
            return; // already dead: killing it again changes nothing
        }

        var survivors = LiveSilos - 1; // counted before: the killed process is reaped a moment after the signal
        var clock = Stopwatch.StartNew();
        victim.Kill();
        await Client!.WaitForActiveSilosAsync(survivors, FormTimeout, cancellation, exactly: true);
        _killTimes.Add(clock.Elapsed);
    }

    /// <summary>A fresh <c>cmksim silo</c> process as silo <paramref name="number"/>; returns once it is active.</summary>
    public async Task RestartAsync(int number, CancellationToken cancellation)
    {
        if (!_silos[number - 1].HasExited)
        {
            return; // running: a restart of a live silo is a no-op, not a second silo under the same number
        }

        await _silos[number - 1].DisposeAsync();
        var clock = Stopwatch.StartNew();
        _silos[number - 1] = ClusterSiloProcess.Start(_startSilo!());
        await _silos[number - 1].WaitUntilReadyAsync(FormTimeout, cancellation);
        await Client!.WaitForActiveSilosAsync(LiveSilos, FormTimeout, cancellation, exactly: true);
        _restartTimes.Add(clock.Elapsed);
    }

    private int LiveSilos => _silos.Count(s => !s.HasExited);

    /// <summary>The arguments of <c>cmksim silo</c> for one of this run's silos (ports: free ones, picked by each silo).</summary>
    public static IReadOnlyList<string> SiloArguments(ClusterAddress redis, string clusterId, HsmOptions hsm, IReadOnlyList<string> hsmTokens)
    {
        var arguments = new List<string>
        {
            "silo", "--cluster", redis.ToString(), "--cluster-id", clusterId,
            "--parent-pid", $"{Environment.ProcessId}",
        };
        if (hsmTokens.Count > 0)
        {
            arguments.AddRange(["--hsm-tokens", string.Join(',', hsmTokens)]);
        }

        if (hsm.TokenDirectory is { } tokens)
        {
            arguments.AddRange(["--token-dir", tokens]);
        }

        if (hsm.LibraryPath is { } library)
        {
            arguments.AddRange(["--pkcs11-library", library]);
        }

        if (hsm.UserPin != new HsmOptions().UserPin)
        {
            arguments.AddRange(["--pin", hsm.UserPin]);
        }

        return arguments;
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is { } client)
        {
            Client = null;
            await client.DisposeAsync();
        }

        // Killed, not stopped: a run's silos and Redis hold nothing that outlives the run, and a clean stop of a silo
        // writes every activation's state first.
        _silos.ForEach(s => s.Kill());
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _silos.Clear();
        if (_redis is { } redis)
        {
            _redis = null;
            await redis.DisposeAsync();
        }

        if (_tokenDirectory is { } tokens)
        {
            _tokenDirectory = null;
            TokenDirectoryOwnership.Delete(tokens);
        }
    }
}
