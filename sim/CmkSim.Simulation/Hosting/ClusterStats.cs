using CmkSim.Contracts.Hsm;

namespace CmkSim.Simulation.Hosting;

/// <summary>One silo's share of a clustered run, read just before the run's cluster goes.</summary>
/// <param name="Messages">Messages the silo received: grain calls and their responses, Orleans' own included.</param>
/// <param name="HsmOperations">Wraps and unwraps of the HSM grains active on the silo (a grain that moved counts on its
/// last silo only).</param>
public sealed record SiloFigures(string Silo, int Activations, long Messages, long HsmOperations);

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

    /// <summary>Asks the cluster's management grain (activations, messages) and its HSM grains (operations), per silo.</summary>
    public static async Task<IReadOnlyList<SiloFigures>> CollectAsync(ClusterClient client)
    {
        var management = client.Management;
        var hosts = (await management.GetHosts(onlyActive: true)).Keys.ToArray();
        var runtime = await management.GetRuntimeStatistics(hosts);
        var hsmType = typeof(CmkSim.Grains.Hsm.HsmGrain).FullName!;
        var hsmGrains = await management.GetDetailedGrainStatistics([hsmType], hosts);
        var hsmOperations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var grain in hsmGrains)
        {
            var operations = await client.Grains.GetGrain<IHsmGrain>(grain.GrainId.Key.ToString()!).GetOperationCountAsync();
            var silo = grain.SiloAddress.ToParsableString();
            hsmOperations[silo] = hsmOperations.GetValueOrDefault(silo) + operations;
        }

        return [.. hosts.Zip(runtime).Select(pair => new SiloFigures(pair.First.ToParsableString(), pair.Second.ActivationCount,
                pair.Second.ReceivedMessages, hsmOperations.GetValueOrDefault(pair.First.ToParsableString())))
            .OrderBy(s => s.Silo, StringComparer.Ordinal)];
    }
}
