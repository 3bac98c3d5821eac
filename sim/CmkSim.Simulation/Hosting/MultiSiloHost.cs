using System.Net;
using CmkSim.Crypto.Hsm;
using CmkSim.Contracts.Scheduling;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// K silos in this process (a scenario's <c>platform: { silos: K }</c>), sharing the run's one engine, HSM and seeded
/// streams, with grain state in one process-wide <see cref="SharedGrainStore"/>: a silo killed on purpose loses its
/// activations, never its grains' state. Plain <see cref="IHost"/>s with development clustering, not Orleans'
/// TestingHost: product code shouldn't ship a test package, and this needs only start, abrupt stop and the membership
/// view. Silo 1 is the primary (it holds the membership table), so it is never killed.
/// </summary>
public sealed class MultiSiloHost : IGrainHost, ISiloControl
{
    /// <summary>The most silos a scenario may ask for: each is a full silo on this machine's cores.</summary>
    public const int MaxSilos = 5;

    /// <summary>How long a killed silo may take to be declared dead, or a restarted one to join: far above the ~2 s it takes.</summary>
    private static readonly TimeSpan MembershipWait = TimeSpan.FromSeconds(60);

    private readonly SimulationEngine _engine;
    private readonly HsmOptions _hsmOptions;
    private readonly SoftHsm _hsm;
    private readonly SharedGrainStore _store = new();
    /// <summary>Membership lives in the primary silo's memory, new with each run, so a fixed cluster id never meets stale rows.</summary>
    private const string ClusterId = "cmksim-embedded";
    private readonly Silo?[] _silos;
    private IPEndPoint? _primary;

    private MultiSiloHost(int silos, SimulationEngine engine, HsmOptions hsm, SoftHsm openHsm)
    {
        _engine = engine;
        _hsmOptions = hsm;
        _hsm = openHsm;
        _silos = new Silo?[silos];
    }

    /// <summary>One running incarnation of a silo number.</summary>
    private sealed record Silo(IHost Host)
    {
        public SiloAddress Address => Host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

        public IClusterMembershipService Membership => Host.Services.GetRequiredService<IClusterMembershipService>();
    }

    public int Silos => _silos.Length;

    /// <summary>Silo 1's factory: the primary is never killed, so the run's own calls always have a way in.</summary>
    public IGrainFactory Grains => Primary.Host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Silo 1's services (management grain, membership), for tests and per-silo statistics.</summary>
    public IServiceProvider Services => Primary.Host.Services;

    /// <summary>The address of silo <paramref name="silo"/>, or null while it is killed.</summary>
    public SiloAddress? AddressOf(int silo) => _silos[silo - 1]?.Address;

    /// <summary>The store the silos share (the number of grain states in it, for tests).</summary>
    public SharedGrainStore Store => _store;

    private Silo Primary => _silos[0] ?? throw new InvalidOperationException("the primary silo is not running");

    /// <summary>The host of a run with <paramref name="silos"/> silos.</summary>
    public static GrainHostFactory Factory(int silos) => async (engine, hsm, cancellation) => await StartAsync(silos, engine, hsm, cancellation);

    public static async Task<MultiSiloHost> StartAsync(int silos, SimulationEngine engine, HsmOptions hsm, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(silos, MaxSilos);
        // One HSM for every silo: an HSM grain that moves after a kill finds its vault's keys in the same tokens.
        var host = new MultiSiloHost(silos, engine, hsm, SoftHsm.Open(hsm));
        try
        {
            for (var n = 1; n <= silos; n++)
            {
                await host.StartSiloAsync(n, cancellation);
            }

            await host.WaitForMembershipAsync(cancellation);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public string? CannotKill(int silo) =>
        silo < 1 || silo > Silos ? $"the run has {Silos} silo(s): there is no silo {silo}"
        : silo == 1 ? "silo 1 is the primary: it holds the cluster's membership table in embedded mode, so killing it would end the run, not test recovery"
        : null;

    public async Task KillAsync(int silo, CancellationToken cancellation = default)
    {
        if (CannotKill(silo) is { } why)
        {
            throw new ArgumentOutOfRangeException(nameof(silo), why);
        }

        if (_silos[silo - 1] is not { } victim)
        {
            return; // already dead: killing it again changes nothing
        }

        _silos[silo - 1] = null;
        // A cancelled stop is Orleans' closest to a crash: no graceful deactivation, nothing handed over or written.
        using (var now = new CancellationTokenSource())
        {
            await now.CancelAsync();
            await StopQuietlyAsync(victim.Host, now.Token);
        }

        await WaitForMembershipAsync(cancellation);
    }

    public async Task RestartAsync(int silo, CancellationToken cancellation = default)
    {
        if (silo < 1 || silo > Silos)
        {
            throw new ArgumentOutOfRangeException(nameof(silo), $"the run has {Silos} silo(s): there is no silo {silo}");
        }

        if (_silos[silo - 1] is not null)
        {
            return; // running: a restart of a live silo is a no-op, not a second silo under the same number
        }

        await StartSiloAsync(silo, cancellation);
        await WaitForMembershipAsync(cancellation);
    }

    private async Task StartSiloAsync(int number, CancellationToken cancellation)
    {
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // A kill makes Orleans log connection errors by design: only what would end the run is shown.
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Critical).AddSimpleConsole();
        builder.Services.AddCmkSim(_hsmOptions, _engine);
        builder.Services.AddSingleton(_hsm);
        // Work a grain schedules outlives the silo it ran on: when it falls due, its record makes its call through the
        // primary (never killed), which reaches the grain wherever it lives now, as a cluster's driver does.
        builder.Services.AddSingleton<IWorkScheduler>(new EngineWorkScheduler(_engine, () => Grains));
        var primary = _primary;
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort, primary, serviceId: "cmksim", clusterId: ClusterId)
            .Configure<ClusterMembershipOptions>(options =>
            {
                // A killed silo is declared dead in about two seconds (probe timeout 1 s, as the issue measured).
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            })
            // A call in flight to a silo that died fails in seconds, not Orleans' default 30.
            .Configure<SiloMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(10))
            // Grains spread over every silo: the default (resource-optimised) placement keeps most of them on silo 1,
            // where the run's own calls come from, and a kill of silo 2 would then test little.
            .ConfigureServices(services => services.AddSingleton<PlacementStrategy, RandomPlacement>())
            .AddIncomingGrainCallFilter<GrainCallCounter>() // the load bound prices every silo's calls
            .AddOutgoingGrainCallFilter<ClusterSiloLossRetry>() // a call refused by the killed silo goes again
            .KeepActivationsForTheRun()
            // The default provider, by name and unnamed, as Orleans looks it up for a [PersistentState] without a storage name.
            .ConfigureServices(services => services
                .AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (provider, _) =>
                    new ChangeReportingStorage(new SharedGrainStorage(_store, provider.GetRequiredService<IGrainStorageSerializer>()),
                        provider.GetService<IEnvironmentWriteSink>()))
                .AddSingleton(provider => provider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME))));
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch
        {
            await StopQuietlyAsync(host, CancellationToken.None);
            throw;
        }

        _silos[number - 1] = new Silo(host);
        _primary ??= new IPEndPoint(IPAddress.Loopback, siloPort);
    }

    /// <summary>Until every running silo sees exactly the running silos as active (a killed one declared dead).</summary>
    private async Task WaitForMembershipAsync(CancellationToken cancellation)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bound.CancelAfter(MembershipWait);
        var running = _silos.OfType<Silo>().ToList();
        var expected = running.Select(s => s.Address).ToHashSet();
        try
        {
            foreach (var silo in running)
            {
                if (Active(silo.Membership.CurrentSnapshot).SetEquals(expected))
                {
                    continue;
                }

                await foreach (var snapshot in silo.Membership.MembershipUpdates.WithCancellation(bound.Token))
                {
                    if (Active(snapshot).SetEquals(expected))
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"the cluster's membership did not settle on {expected.Count} active silo(s) within {MembershipWait.TotalSeconds:0} s");
        }
    }

    private static HashSet<SiloAddress> Active(ClusterMembershipSnapshot snapshot) =>
        snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToHashSet();

    public async ValueTask DisposeAsync()
    {
        // Secondaries first, the primary (membership table) last; then the HSM the silos shared.
        for (var n = _silos.Length; n >= 1; n--)
        {
            if (_silos[n - 1] is { } silo)
            {
                _silos[n - 1] = null;
                await StopQuietlyAsync(silo.Host, CancellationToken.None);
            }
        }

        _hsm.Dispose();
    }

    private static async Task StopQuietlyAsync(IHost host, CancellationToken cancellation)
    {
        try
        {
            await host.StopAsync(cancellation);
        }
        catch (Exception)
        {
            // Stopping a silo abruptly (or one that half started) throws what a crash would: nothing to report.
        }
        finally
        {
            host.Dispose();
        }
    }
}
