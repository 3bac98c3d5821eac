using Orleans.Configuration;
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
    public static ISiloBuilder AddCmkSimMemoryStorage(this ISiloBuilder silo) =>
        silo.AddMemoryGrainStorageAsDefault(options => options.Configure<Serializer>((storage, serializer) =>
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
}
