using System.Globalization;
using System.Diagnostics;
using CmkSim.Crypto.Hsm;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The <see cref="IGrainHost"/> of a clustered run: a client of a cluster, and the cluster itself when the run started
/// it (<c>--silos</c>). On dispose it reads the per-silo figures, then stops what the run started.
/// </summary>
public sealed class ClusterRunHost : IGrainHost, ISiloControl
{
    private readonly ClusterClient _client;
    private readonly ClusterGrainHost _run;
    private readonly ClusterLauncher? _launcher;
    private readonly ClusterRunStats? _stats;
    private readonly TextWriter _log;
    private int _kills;

    private ClusterRunHost(ClusterClient client, ClusterLauncher? launcher, ClusterRunStats? stats, TextWriter log)
    {
        _client = client;
        _log = log;
        // The run's inbox: the silos deliver what the grains schedule to this process's engine (AddCmkSimDriver).
        _run = ClusterGrainHost.Attach(client.Client);
        _launcher = launcher;
        _stats = stats;
    }

    public IGrainFactory Grains => _run.Grains;

    bool IGrainHost.Clustered => true;

    public ClusterClient Client => _client;

    public ClusterLauncher? Launcher => _launcher;

    int ISiloControl.Silos => _launcher?.Silos.Count ?? 0;

    // Membership lives in Redis, not in a silo: any silo the run started may die, the primary included.
    string? ISiloControl.CannotKill(int silo) =>
        _launcher is null ? "the run joined silos it did not start (--cluster): it does not kill them"
        : silo < 1 || silo > _launcher.Silos.Count ? $"the run has {_launcher.Silos.Count} silo(s): there is no silo {silo}"
        : null;

    Task ISiloControl.KillAsync(int silo, CancellationToken cancellation)
    {
        if (((ISiloControl)this).CannotKill(silo) is { } why)
        {
            throw new ArgumentOutOfRangeException(nameof(silo), why);
        }

        _kills++;
        return AnyChangedAfter(_launcher!.KillAsync(silo, cancellation));
    }

    Task ISiloControl.RestartAsync(int silo, CancellationToken cancellation) =>
        ((ISiloControl)this).CannotKill(silo) is { } why ? throw new ArgumentOutOfRangeException(nameof(silo), why) : AnyChangedAfter(_launcher!.RestartAsync(silo, cancellation));

    /// <summary>
    /// A killed silo may have written an environment's state and died before its report reached the driver: when in
    /// doubt, the next sample and check fetch every view again (also when the kill or restart itself failed).
    /// </summary>
    private async Task AnyChangedAfter(Task membershipChange)
    {
        try
        {
            await membershipChange;
        }
        finally
        {
            _run.Changes.ChangedAll();
        }
    }

    /// <summary>Each scenario on a cluster of its own: K fresh silo processes (and Redis), a fresh cluster id.</summary>
    /// <param name="hsmTokens">The next scenario's HSM tokens (<see cref="ClusterHsmTokens"/>), asked once per scenario.</param>
    public static GrainHostFactory Launching(int silos, ClusterAddress? redis, Func<IReadOnlyList<string>, ProcessStartInfo> silo,
        TextWriter log, ClusterRunStats? stats = null, Func<IReadOnlyList<string>>? hsmTokens = null) => async (engine, hsm, cancellation) =>
    {
        // The silos run the HSM: the run's own isolation of tokens inside one process means nothing to them.
        var launcher = await ClusterLauncher.StartAsync(silos, redis, hsm with { IsolateTokens = false }, silo, hsmTokens?.Invoke(),
            client => client.AddCmkSimDriver(engine), cancellation);
        var pids = string.Join(", ", launcher.Silos.Select(s => s.ProcessId.ToString(CultureInfo.InvariantCulture)));
        var ownRedis = launcher.RedisProcessId is { } redisPid ? $", redis-server pid {redisPid}" : string.Empty;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cluster {launcher.ClusterId} at {launcher.Redis}: {silos} silos active in {launcher.FormTime.TotalSeconds:0.0} s (silo pids {pids}{ownRedis})"));
        return new ClusterRunHost(launcher.Client!, launcher, stats, log);
    };

    /// <summary>A cluster whose silos already run (<c>--cluster … --cluster-id …</c>).</summary>
    public static GrainHostFactory Joining(ClusterAddress redis, string clusterId, TextWriter log, ClusterRunStats? stats = null) =>
        async (engine, _, cancellation) =>
        {
            var client = await ClusterClient.ConnectAsync(redis, clusterId, configure: c => c.AddCmkSimDriver(engine), cancellation: cancellation);
            log.WriteLine($"cluster {clusterId} at {redis}: connected");
            return new ClusterRunHost(client, null, stats, log);
        };

    /// <summary>
    /// How many calls met a dead silo and were sent again (<see cref="ClusterSiloLossRetry"/>): none is a run whose calls
    /// all found live silos; a count says the retry carried the run past a kill (before it, such a call aborted it).
    /// </summary>
    private async Task ReportSiloLossAsync()
    {
        var byDriver = _client.Client.ServiceProvider.GetService<ClusterSiloLossRetry>()?.Resent ?? 0;
        var bySilos = await ClusterRunStats.ResentBySilosAsync(_client);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"silo loss: after {_kills} kill(s), {byDriver + bySilos} call(s) refused by a dead silo were sent again ({byDriver} by the driver, {bySilos} by the silos)"));
        if (_launcher is { } launcher)
        {
            // Wall clock, not simulated time: how long the real cluster took to notice the loss and to take the silo back.
            _log.WriteLine(
                $"silo recovery: kill -9 to counted out by the membership {Seconds(launcher.KillTimes)}; restart to active {Seconds(launcher.RestartTimes)} (wall clock)");
        }
    }

    private static string Seconds(IReadOnlyList<TimeSpan> times) =>
        times.Count == 0 ? "none" : string.Join(", ", times.Select(t => t.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture)));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_stats is not null)
            {
                _stats.Add(_client.ClusterId, await ClusterRunStats.CollectAsync(_client));
            }

            if (_kills > 0)
            {
                await ReportSiloLossAsync();
            }
        }
        finally
        {
            await _run.DisposeAsync();
            if (_launcher is not null)
            {
                await _launcher.DisposeAsync();
            }
            else
            {
                await _client.DisposeAsync();
            }
        }
    }
}
