using System.Globalization;
using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using StackExchange.Redis;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A silo's share of a run: the CmkSim grain calls it served, counted by an incoming call filter, the HSM wraps and
/// unwraps its process completed (its vaults' data plane runs on their tokens in this process), and its deliveries to the driver (<see cref="Cluster.WorkDelivery"/>), published to the
/// cluster's Redis every half second and at stop (a client can't address one silo, but it can read one hash). <see cref="ClusterRunStats"/> reads them back per silo.
/// </summary>
internal sealed class ClusterSiloCounters : IIncomingGrainCallFilter
{
    private static readonly System.Reflection.Assembly Contracts = typeof(IHsmGrain).Assembly;
    private long _calls;
    private readonly long _hsmBefore = HsmActivity.Wraps + HsmActivity.Unwraps;
    private readonly RecordCipherTotals _recordsBefore = RecordCipherCounts.Snapshot();

    public long Calls => Interlocked.Read(ref _calls);

    public long HsmOperations => HsmActivity.Wraps + HsmActivity.Unwraps - _hsmBefore;

    /// <summary>The AES-GCM seals and opens of records in this process (the environments' data on this silo).</summary>
    public RecordCipherTotals Records => RecordCipherCounts.Snapshot() - _recordsBefore;

    /// <summary>The Redis hash of a cluster's counters: one field per silo address, "calls hsmOperations deliveries seals
    /// sealedBytes opens openedBytes resent cpuMs jitMs jitMethods" (resent: calls this silo sent again after a silo died;
    /// the process's CPU and JIT compilation since it started, its start-up included: what the silo cost the machine).</summary>
    public static string Key(string clusterId) => $"cmksim/silo-counters/{clusterId}";

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType?.Assembly == Contracts)
        {
            Interlocked.Increment(ref _calls);
        }

        return context.Invoke();
    }

    public static void Register(ISiloBuilder silo, ClusterSiloOptions options) => silo.ConfigureServices(services =>
    {
        services.AddSingleton<ClusterSiloCounters>();
        services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<ClusterSiloCounters>());
        services.AddHostedService(sp => new Publisher(sp.GetRequiredService<ClusterSiloCounters>(), sp.GetService<Cluster.WorkDelivery>(),
            sp.GetService<ClusterSiloLossRetry>(), sp.GetRequiredService<ILocalSiloDetails>(), options));
    });

    private sealed class Publisher(ClusterSiloCounters counters, Cluster.WorkDelivery? delivery, ClusterSiloLossRetry? retry, ILocalSiloDetails silo,
        ClusterSiloOptions options) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stopping)
        {
            await using var redis = await ClusterRedis.ConnectAsync(options.Redis);
            var field = silo.SiloAddress.ToParsableString();
            using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
            try
            {
                while (await tick.WaitForNextTickAsync(stopping))
                {
                    await PublishAsync(redis, field);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping: one last publication below.
            }

            await PublishAsync(redis, field);
        }

        private async Task PublishAsync(ConnectionMultiplexer redis, string field)
        {
            try
            {
                var r = counters.Records;
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                var value = string.Create(CultureInfo.InvariantCulture,
                    $"{counters.Calls} {counters.HsmOperations} {delivery?.Deliveries ?? 0} {r.Seals} {r.SealedBytes} {r.Opens} {r.OpenedBytes} {retry?.Resent ?? 0} " +
                    $"{(long)process.TotalProcessorTime.TotalMilliseconds} " +
                    $"{(long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds} {System.Runtime.JitInfo.GetCompiledMethodCount()}");
                await redis.GetDatabase().HashSetAsync(Key(options.ClusterId), field, value);
            }
            catch (RedisException)
            {
                // Figures for the report only: a missed publication is taken by the next one.
            }
        }
    }
}
