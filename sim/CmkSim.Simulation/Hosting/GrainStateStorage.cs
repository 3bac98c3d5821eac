using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Grain state in memory, written with Orleans' own binary serializer. The memory provider's default writes every
/// state as Newtonsoft JSON: a load run profile (1,000 environments) spent more of its time there (8 s) than in half
/// its RSA work, because each write serialises the environment's whole state, records and journal included.
/// </summary>
public static class GrainStateStorage
{
    /// <remarks>
    /// Wrapped so each environment's write is reported to the run's <see cref="EnvironmentChanges"/> (registered by
    /// <see cref="EngineServices.AddCmkSim"/>) or, on a remote silo, to its driver (<see cref="RemoteSilo"/>); without
    /// either the wrapper only forwards.
    /// </remarks>
    public static ISiloBuilder AddCmkSimMemoryStorage(this ISiloBuilder silo) => silo
        .AddMemoryGrainStorageAsDefault(options => options.Configure<Serializer>((storage, serializer) =>
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)))
        .ConfigureServices(services => services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (provider, key) =>
            new ChangeReportingStorage(MemoryGrainStorageFactory.Create(provider, (string)key!), provider.GetService<IEnvironmentWriteSink>())));

    /// <summary>
    /// Grain state kept live, not serialised (<see cref="LiveStateStorage"/>): for a run's one embedded silo, where a
    /// copy per state was a third of a load run's memory. Writes are reported as <see cref="AddCmkSimMemoryStorage"/>'s.
    /// </summary>
    public static ISiloBuilder AddCmkSimLiveStateStorage(this ISiloBuilder silo) => silo
        .ConfigureServices(services =>
        {
            services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (provider, _) =>
                new ChangeReportingStorage(new LiveStateStorage(), provider.GetService<IEnvironmentWriteSink>()));
            // [PersistentState] without a provider name asks for the unnamed storage: the default one.
            services.TryAddSingleton(provider => provider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        });
}
