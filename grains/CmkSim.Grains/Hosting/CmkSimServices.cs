using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Randomness;
using CmkSim.Engine.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Hosting;

/// <summary>The services every CmkSim silo needs, whoever hosts it (embedded silo, test cluster, real cluster).</summary>
public static class CmkSimServices
{
    /// <param name="engine">The run's engine: its virtual clock becomes the grains' clock, its queue their scheduler,
    /// its seed their randomness.</param>
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm, SimulationEngine engine)
    {
        services.AddSingleton(hsm);
        services.AddCmkSimExceptions();
        services.AddSingleton(sp => SoftHsm.Open(sp.GetRequiredService<HsmOptions>()));
        services.AddSingleton<IEventScheduler>(engine);
        services.AddSingleton<RandomStreams>(engine.Random);
        // Whether Orleans registered its default before or after us, grains get the virtual clock.
        var existing = services.Where(d => d.ServiceType == typeof(TimeProvider) && Equals(d.ServiceKey, TimeProviderNames.Grains)).ToList();
        existing.ForEach(d => services.Remove(d));
        // Orleans' runtime needs real timers on this clock (see GrainClock); grain code never creates any.
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, new GrainClock(engine.Clock, TimeProvider.System));
        return services;
    }
}
