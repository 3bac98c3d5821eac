using System.Reflection;
using CmkSim.Contracts.Environments;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>
/// The driver's calls whose callee's own write the driver tells itself: a call to an environment grain other than the
/// reads that write nothing. The driver marks the callee changed as it makes such a call (<see cref="DriverRun"/>), so
/// the silo leaves the callee's write out of that call's delivery (<see cref="WorkDelivery"/>): a local event that
/// schedules nothing then answers without a round trip back to the driver. Both ends ask this one predicate, so a write
/// the silo leaves out is one the driver marked; marking an environment that did not write costs only a view fetch.
/// </summary>
internal static class CalleeWrites
{
    private static readonly HashSet<string> Reads = new(StringComparer.Ordinal)
    {
        nameof(IEnvironmentGrain.GetAsync),
        nameof(IEnvironmentGrain.GetJournalAsync),
        nameof(IEnvironmentGrain.ExportAsync),
        nameof(IEnvironmentGrain.CustomerKeyAsync),
        nameof(IEnvironmentGrain.ResourceKeysAsync),
    };

    /// <summary>Whether a driver's call to <paramref name="method"/> has the driver mark its callee changed.</summary>
    public static bool MarkedByDriver(MethodInfo? method) =>
        method is not null && method.DeclaringType == typeof(IEnvironmentGrain) && !Reads.Contains(method.Name);
}
