using System.Runtime.CompilerServices;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Which environments wrote their state since the runner last asked: the grain-state storage of every silo of a run
/// reports each environment write here, so timeline samples and expectation checks fetch only the views that changed
/// (O(changes), not O(environments × samples)). Every change of an environment is written (that is what makes it
/// survive a deactivation), so a view not reported is still the one last fetched. One per engine, shared by the
/// run's silos in this process.
/// </summary>
public sealed class EnvironmentChanges
{
    private static readonly ConditionalWeakTable<SimulationEngine, EnvironmentChanges> PerEngine = new();

    private readonly object _sync = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    /// <summary>The grain-state name environments persist under.</summary>
    public const string StateName = "environment";

    public static EnvironmentChanges Of(SimulationEngine engine) => PerEngine.GetValue(engine, _ => new EnvironmentChanges());

    private volatile bool _attached;

    /// <summary>
    /// True once a silo's grain storage reports here. A host whose storage doesn't (a custom one) leaves it false, and
    /// readers then fetch every view each time, as if every environment had changed.
    /// </summary>
    public bool Attached => _attached;

    internal void Attach() => _attached = true;

    public void Changed(string environment)
    {
        lock (_sync)
        {
            _changed.Add(environment);
        }
    }

    /// <summary>The environments written since the last call, and forgets them.</summary>
    public IReadOnlySet<string> Take()
    {
        lock (_sync)
        {
            var changed = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }
}
