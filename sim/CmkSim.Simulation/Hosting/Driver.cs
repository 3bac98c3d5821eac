using CmkSim.Contracts;
using CmkSim.Engine.Scheduling;
using CmkSim.Simulation.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Simulation.Hosting;

/// <summary>The run side of a cluster: a cluster client that holds the run's engine.</summary>
public static class Driver
{
    /// <summary>
    /// CmkSim's serialization, and every call stamped with the engine's now, the run's seed and the run's inbox (the
    /// silos hold no engine). Then start the client and <see cref="ClusterGrainHost.Attach"/> it.
    /// </summary>
    public static IClientBuilder AddCmkSimDriver(this IClientBuilder client, SimulationEngine engine)
    {
        EventTimeContext.Wire(engine);
        var run = new DriverRun(engine);
        var retry = new ClusterSiloLossRetry();
        client.ConfigureServices(services => services.AddCmkSimSerialization().AddSingleton(run).AddSingleton(retry));
        // The run's stamp first, then a call refused by a dead silo sent again inside it (ClusterSiloLossRetry).
        return client.AddOutgoingGrainCallFilter(run).AddOutgoingGrainCallFilter(retry);
    }
}
