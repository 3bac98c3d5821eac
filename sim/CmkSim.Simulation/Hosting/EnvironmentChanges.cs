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
public sealed class EnvironmentChanges : IEnvironmentWriteSink
{
    private static readonly ConditionalWeakTable<SimulationEngine, EnvironmentChanges> PerEngine = new();

    private readonly object _sync = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _everything;

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

    void IEnvironmentWriteSink.Attach() => Attach();

    void IEnvironmentWriteSink.Written(string environment) => Changed(environment);

    public void Changed(string environment)
    {
        lock (_sync)
        {
            _changed.Add(environment);
        }
    }

    /// <summary>
    /// Any environment may have changed unreported: a silo process died (or a call to it was lost) after a write
    /// reached the store but before its report reached this process. The next <see cref="Take"/> says everything.
    /// </summary>
    public void ChangedAll()
    {
        lock (_sync)
        {
            _everything = true;
        }
    }

    /// <summary>The environments written since the last call, or null when any may have been (<see cref="ChangedAll"/>); forgets them.</summary>
    public IReadOnlySet<string>? Take()
    {
        lock (_sync)
        {
            var changed = _everything ? null : _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            _everything = false;
            return changed;
        }
    }
}
