using CmkSim.Contracts;
using CmkSim.Contracts.Scheduling;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Hosting;

/// <summary>The services every CmkSim silo needs, whoever hosts it (embedded silo, test cluster, real cluster).</summary>
public static class CmkSimServices
{
    /// <param name="clock">The simulated clock: it becomes the grains' clock.</param>
    /// <param name="scheduler">
    /// The run's queue, as work records (the engine's own, or the way to a driver's in another process): the grains'
    /// only way to act later. Built from the silo's services (it may need the silo's grain factory).
    /// </param>
    /// <param name="random">The run's seeded streams: the grains' only randomness.</param>
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm,
        TimeProvider clock, Func<IServiceProvider, IWorkScheduler> scheduler, IRandomStreams random)
    {
        services.AddSingleton(hsm);
        services.AddCmkSimSerialization();
        services.AddSingleton(sp => SoftHsm.Open(sp.GetRequiredService<HsmOptions>()));
        services.AddSingleton<IWorkScheduler>(scheduler);
        services.AddSingleton(random);
        // Whether Orleans registered its default before or after us, grains get the virtual clock.
        var existing = services.Where(d => d.ServiceType == typeof(TimeProvider) && Equals(d.ServiceKey, TimeProviderNames.Grains)).ToList();
        existing.ForEach(d => services.Remove(d));
        // Orleans' runtime needs real timers on this clock (see GrainClock); grain code never creates any.
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, new GrainClock(clock, TimeProvider.System));
        return services;
    }
}
