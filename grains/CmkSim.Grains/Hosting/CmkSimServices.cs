using CmkSim.Crypto.Hsm;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Hosting;

/// <summary>The services every CmkSim silo needs, whoever hosts it (embedded silo, test cluster, real cluster).</summary>
public static class CmkSimServices
{
    /// <param name="clock">The clock grains read (the engine's virtual clock); null keeps Orleans' default.</param>
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm, TimeProvider? clock = null)
    {
        services.AddSingleton(hsm);
        services.AddSingleton(sp => SoftHsm.Open(sp.GetRequiredService<HsmOptions>()));
        if (clock is not null)
        {
            // Whether Orleans registered its default before or after us, grains get this clock.
            var existing = services.Where(d => d.ServiceType == typeof(TimeProvider) && Equals(d.ServiceKey, TimeProviderNames.Grains)).ToList();
            existing.ForEach(d => services.Remove(d));
            services.AddKeyedSingleton(TimeProviderNames.Grains, clock);
        }

        return services;
    }
}
