namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// A remote silo's <see cref="IEnvironmentWriteSink"/>: an environment's write rides the current call's delivery to the
/// run's driver (<see cref="WorkDelivery"/>), so when the call answers the driver knows the view changed. A write
/// outside a driver's call (an activation or deactivation) waits here for the next delivery of any run: telling a run
/// of a write it did not make only costs it a fetch, while a write never told would leave it a stale view.
/// </summary>
internal sealed class DeliveredEnvironmentWrites : IEnvironmentWriteSink
{
    private readonly object _sync = new();
    private List<string> _unattributed = [];

    public void Attach()
    {
    }

    public void Written(string environment)
    {
        if (WorkCollector.Current?.Written(environment) == true)
        {
            return;
        }

        lock (_sync)
        {
            _unattributed.Add(environment);
        }
    }

    /// <summary>Writes no call carried yet, and forgets them.</summary>
    public List<string> TakeUnattributed()
    {
        lock (_sync)
        {
            if (_unattributed.Count == 0)
            {
                return [];
            }

            var taken = _unattributed;
            _unattributed = [];
            return taken;
        }
    }
}
