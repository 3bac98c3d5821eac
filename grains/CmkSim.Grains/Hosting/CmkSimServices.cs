using CmkSim.Crypto.Hsm;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Hosting;

/// <summary>The services every CmkSim silo needs, whoever hosts it (embedded silo, test cluster, real cluster).</summary>
public static class CmkSimServices
{
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm)
    {
        services.AddSingleton(hsm);
        services.AddSingleton(sp => SoftHsm.Open(sp.GetRequiredService<HsmOptions>()));
        return services;
    }
}
