using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Hsm;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Hsm;
using CmkSim.Grains.Environments;
using CmkSim.Reports.Model;

namespace CmkSim.Simulation.Running;

/// <summary>Counts environments by status, encryption and key version at a simulated time, and HSM load since the last sample.</summary>
internal sealed class TimelineSampler(IGrainFactory grains, RunRegistry registry, EnvironmentViews environments)
{
    private readonly Dictionary<string, long> _lastHsmCounts = new(StringComparer.Ordinal);

    // Each environment's records when last seen alive: a deletion clears them, and the plot must show them as lost.
    private readonly Dictionary<string, long> _lastRecords = new(StringComparer.Ordinal);

    // The view counts of the last sample, and the views' version they were counted at: a quiet stretch of simulated
    // time (most samples of a load run) changes no view, so its counts are the last ones, not N views counted again.
    private (long Version, int Environments, ViewCounts Counts)? _last;

    public async Task<TimelineSample> TakeAsync(DateTimeOffset time)
    {
        var names = registry.Environments.ToList();
        var views = await environments.GetAsync(names);
        var counts = _last is { } previous && previous.Version == environments.Version && previous.Environments == names.Count
            ? previous.Counts
            : CountViews(names, views);
        _last = (environments.Version, names.Count, counts);
        var sinceLast = 0;
        foreach (var label in registry.Vaults.Select(v => $"kv-{v}").Append($"kv-{PlatformVaults.Microsoft}").Append($"kv-{PlatformVaults.Byok}"))
        {
            var count = await grains.Reference<IHsmGrain>(label).GetOperationCountAsync();
            var last = _lastHsmCounts.GetValueOrDefault(label);
            // An HSM's count lives with the process that opened it: a silo process killed on purpose takes its count
            // along, and the next one starts from zero. Counted as a counter reset (what came since), never negative.
            sinceLast += (int)(count >= last ? count - last : count);
            _lastHsmCounts[label] = count;
        }

        return new TimelineSample(time, counts.Status, counts.Encryption, counts.KeyVersions, counts.EnabledRecords, counts.OfflineRecords,
            sinceLast, counts.Lost);
    }

    private sealed record ViewCounts(IReadOnlyDictionary<string, int> Status, IReadOnlyDictionary<string, int> Encryption,
        IReadOnlyDictionary<string, int> KeyVersions, long EnabledRecords, long OfflineRecords, long Lost);

    private ViewCounts CountViews(IReadOnlyList<string> names, IReadOnlyList<EnvironmentView> views)
    {
        var lost = 0L;
        for (var i = 0; i < views.Count; i++)
        {
            if (views[i].Status == EnvironmentStatus.Deleted)
            {
                lost += _lastRecords.GetValueOrDefault(names[i]);
            }
            else
            {
                _lastRecords[names[i]] = views[i].Records;
            }
        }

        return new ViewCounts(
            Count(views, v => v.Status.ToString()),
            // A deleted environment is encrypted no more: it counts as Deleted, not as its last encryption status.
            Count(views, v => v.Status == EnvironmentStatus.Deleted ? nameof(EnvironmentStatus.Deleted) : v.Encryption.ToString()),
            Count(views.Where(v => v.KeyVersion is not null && v.Status != EnvironmentStatus.Deleted), v => $"{v.KeyManagedBy} key {v.KeyVersion![..8]}"),
            views.Where(v => v.Status == EnvironmentStatus.Enabled).Sum(v => (long)v.Records),
            views.Where(v => v.Status is EnvironmentStatus.Locked or EnvironmentStatus.Disabled).Sum(v => (long)v.Records),
            lost);
    }

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<EnvironmentView> views, Func<EnvironmentView, string> key) =>
        new SortedDictionary<string, int>(views.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
