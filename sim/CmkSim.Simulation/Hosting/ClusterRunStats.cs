using CmkSim.Crypto.Envelope;

namespace CmkSim.Simulation.Hosting;

/// <summary>One silo's share of a clustered run, read just before the run's cluster goes.</summary>
/// <param name="Calls">CmkSim grain calls the silo served (Orleans' own not counted).</param>
/// <param name="HsmOperations">HSM wraps and unwraps the silo served.</param>
/// <param name="Deliveries">Deliveries of scheduled work and environment writes the silo made to the run's driver.</param>
/// <param name="Records">AES-GCM seals and opens of records in the silo's process.</param>
/// <param name="CpuSeconds">CPU time of the silo's process since it started.</param>
/// <param name="JitSeconds">Time the silo's process spent JIT-compiling, over <paramref name="JitMethods"/> methods.</param>
public sealed record SiloFigures(string Silo, int Activations, long Calls, long HsmOperations, long Deliveries = 0, RecordCipherTotals Records = default,
    double CpuSeconds = 0, double JitSeconds = 0, long JitMethods = 0);

/// <summary>The per-silo figures of each cluster a run used (one per scenario with <c>--silos</c>).</summary>
public sealed class ClusterRunStats
{
    private readonly List<(string ClusterId, IReadOnlyList<SiloFigures> Silos)> _clusters = [];

    public IReadOnlyList<(string ClusterId, IReadOnlyList<SiloFigures> Silos)> Clusters
    {
        get
        {
            lock (_clusters)
            {
                return [.. _clusters];
            }
        }
    }

    public void Add(string clusterId, IReadOnlyList<SiloFigures> silos)
    {
        lock (_clusters)
        {
            _clusters.Add((clusterId, silos));
        }
    }

    /// <summary>The last cluster's CmkSim grain calls and record seals and opens, summed over its silos (a load run has one).</summary>
    public (long Calls, RecordCipherTotals Records)? LastTotals()
    {
        if (Clusters is not [.., var (_, silos)])
        {
            return null;
        }

        var records = silos.Aggregate(default(RecordCipherTotals), (sum, s) => new RecordCipherTotals(
            sum.Seals + s.Records.Seals, sum.SealedBytes + s.Records.SealedBytes, sum.Opens + s.Records.Opens, sum.OpenedBytes + s.Records.OpenedBytes));
        return (silos.Sum(s => s.Calls), records);
    }

    /// <summary>
    /// Calls the cluster's silos sent again after a silo died (<see cref="ClusterSiloLossRetry"/>), summed over every silo
    /// that published, the killed ones included (as they last published), after waiting out one publication period.
    /// </summary>
    public static async Task<long> ResentBySilosAsync(ClusterClient client)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        await using var redis = await ClusterRedis.ConnectAsync(client.Redis);
        return (await redis.GetDatabase().HashGetAllAsync(ClusterSiloCounters.Key(client.ClusterId)))
            .Select(e => e.Value.ToString().Split(' '))
            .Sum(fields => fields.Length > 7 ? long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>Activations from the cluster's management grain; calls and HSM operations as each silo last published them
    /// (every half second: the caller waits that long after the run's last call).</summary>
    public static async Task<IReadOnlyList<SiloFigures>> CollectAsync(ClusterClient client)
    {
        var management = client.Management;
        var hosts = (await management.GetHosts(onlyActive: true)).Keys.ToArray();
        var runtime = await management.GetRuntimeStatistics(hosts);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await using var redis = await ClusterRedis.ConnectAsync(client.Redis);
        var counters = (await redis.GetDatabase().HashGetAllAsync(ClusterSiloCounters.Key(client.ClusterId)))
            .ToDictionary(e => e.Name.ToString(), e => e.Value.ToString().Split(' '), StringComparer.Ordinal);
        return [.. hosts.Zip(runtime).Select(pair =>
            {
                var silo = pair.First.ToParsableString();
                var published = counters.GetValueOrDefault(silo) ?? ["0", "0", "0"];
                long Figure(int i) => i < published.Length ? long.Parse(published[i], System.Globalization.CultureInfo.InvariantCulture) : 0;
                return new SiloFigures(silo, pair.Second.ActivationCount, Figure(0), Figure(1), Figure(2),
                    new RecordCipherTotals(Figure(3), Figure(4), Figure(5), Figure(6)), Figure(8) / 1000.0, Figure(9) / 1000.0, Figure(10));
            })
            .OrderBy(s => s.Silo, StringComparer.Ordinal)];
    }
}
