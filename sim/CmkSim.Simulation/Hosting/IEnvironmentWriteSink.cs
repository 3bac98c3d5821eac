namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Where a silo's grain storage (<see cref="ChangeReportingStorage"/>) tells of each environment's write: the run's
/// <see cref="EnvironmentChanges"/> when the run's engine is in this process, the current call's delivery to the
/// run's driver on a remote silo (<see cref="Cluster.DeliveredEnvironmentWrites"/>).
/// </summary>
internal interface IEnvironmentWriteSink
{
    /// <summary>A storage reports here from now on (called once per storage built).</summary>
    void Attach();

    void Written(string environment);
}
