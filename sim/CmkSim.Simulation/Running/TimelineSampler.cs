using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Hsm;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Hsm;
using CmkSim.Grains.Environments;
using CmkSim.Reports.Model;

namespace CmkSim.Simulation.Running;

/// <summary>Counts environments by status, encryption and key version at a simulated time, and HSM load since the last sample.</summary>
internal sealed class TimelineSampler(IGrainFactory grains, RunRegistry registry)
{
    private long _lastHsmCount;

    public async Task<TimelineSample> TakeAsync(DateTimeOffset time)
    {
        var views = await Task.WhenAll(registry.Environments.Select(e => grains.GetGrain<IEnvironmentGrain>(e).GetAsync()));
        var hsm = 0L;
        foreach (var label in registry.Vaults.Select(v => $"kv-{v}").Append($"kv-{PlatformVaults.Microsoft}").Append($"kv-{PlatformVaults.Byok}"))
        {
            hsm += await grains.GetGrain<IHsmGrain>(label).GetOperationCountAsync();
        }

        var sinceLast = (int)(hsm - _lastHsmCount);
        _lastHsmCount = hsm;
        return new TimelineSample(time,
            Count(views, v => v.Status.ToString()),
            Count(views, v => v.Encryption.ToString()),
            Count(views.Where(v => v.KeyVersion is not null && v.Status != EnvironmentStatus.Deleted), v => $"{v.KeyManagedBy} key {v.KeyVersion![..8]}"),
            views.Where(v => v.Status == EnvironmentStatus.Enabled).Sum(v => (long)v.Records),
            views.Where(v => v.Status is EnvironmentStatus.Locked or EnvironmentStatus.Disabled).Sum(v => (long)v.Records),
            sinceLast);
    }

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<EnvironmentView> views, Func<EnvironmentView, string> key) =>
        new SortedDictionary<string, int>(views.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
