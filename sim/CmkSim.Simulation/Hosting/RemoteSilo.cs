using CmkSim.Crypto.Hsm;
using CmkSim.Grains.Hosting;
using CmkSim.Simulation.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A silo of a cluster whose run's engine is in another process (the driver, <see cref="Driver"/>): the grains'
/// clock is the time each call carries, their randomness the run's seed it carries, and what they schedule (and which
/// environments' state they wrote) is delivered to the run's inbox before each call answers.
/// </summary>
public static class RemoteSilo
{
    /// <remarks>
    /// Grain storage is the caller's to add (Redis in a real cluster, <see cref="GrainStateStorage"/> in tests), wrapped
    /// in a <see cref="ChangeReportingStorage"/>, which reports through the <see cref="IEnvironmentWriteSink"/> this registers.
    /// </remarks>
    public static IServiceCollection AddCmkSimRemoteSilo(this IServiceCollection services, HsmOptions hsm)
    {
        var clock = new RequestClock();
        services.AddCmkSim(hsm, clock, _ => new CollectingWorkScheduler(clock), new RunRandomStreams());
        services.AddSingleton(clock);
        services.AddSingleton<DeliveredEnvironmentWrites>();
        services.AddSingleton<IEnvironmentWriteSink>(provider => provider.GetRequiredService<DeliveredEnvironmentWrites>());
        services.AddSingleton<WorkDelivery>();
        services.AddSingleton<IIncomingGrainCallFilter>(provider => provider.GetRequiredService<WorkDelivery>());
        services.AddSingleton<IOutgoingGrainCallFilter>(provider => provider.GetRequiredService<WorkDelivery>());
        services.AddSingleton<ClusterSiloLossRetry>(); // counted by ClusterSiloCounters
        services.AddSingleton<IOutgoingGrainCallFilter>(provider => provider.GetRequiredService<ClusterSiloLossRetry>()); // inside WorkDelivery: work goes once
        return services;
    }
}
