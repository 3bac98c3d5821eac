using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Environment views as of now, fetched from a grain only when its environment wrote its state since it was last
/// fetched (<see cref="EnvironmentChanges"/>): a timeline sample of N environments costs the calls of those that
/// changed, not N. Read between engine runs, when no event is running.
/// </summary>
internal sealed class EnvironmentViews(IGrainFactory grains, EnvironmentChanges changes)
{
    private readonly Dictionary<string, EnvironmentView> _views = new(StringComparer.Ordinal);

    /// <summary>View fetches from grains so far (for tests and figures).</summary>
    public long Fetched { get; private set; }

    /// <summary>Moves on whenever a view may have changed: equal between two reads, every view read is the same.</summary>
    public long Version { get; private set; }

    public async Task<IReadOnlyList<EnvironmentView>> GetAsync(IReadOnlyList<string> names)
    {
        Refresh();
        var missing = names.Where(n => !_views.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        var fetched = await Task.WhenAll(missing.Select(n => grains.Reference<IEnvironmentGrain>(n).GetAsync()));
        for (var i = 0; i < missing.Count; i++)
        {
            _views[missing[i]] = fetched[i];
        }

        Fetched += missing.Count;
        Version += missing.Count;
        return names.Select(n => _views[n]).ToList();
    }

    public async Task<EnvironmentView> GetAsync(string name) => (await GetAsync([name]))[0];

    /// <summary>Forgets the views of environments that wrote since; all of them when writes are not reported, or any may have been.</summary>
    private void Refresh()
    {
        if (!changes.Attached || changes.Take() is not { } changed)
        {
            _views.Clear();
            Version++;
            return;
        }

        foreach (var name in changed)
        {
            Version += _views.Remove(name) ? 1 : 0;
        }
    }
}
