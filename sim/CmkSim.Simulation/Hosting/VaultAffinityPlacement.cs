using CmkSim.Grains.Environments;
using CmkSim.Grains.Hsm;
using CmkSim.Grains.Vaults;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A cluster's placement of a key vault's grain and its HSM grain (<c>{vault}</c> and <c>kv-{vault}</c>): both on one
/// silo, picked from the vault's name among the live silos. Every wrap and unwrap is a call from the vault to its HSM,
/// about a third of a load run's calls: together they stay in one process instead of crossing to another two times in
/// three. A silo's death moves both to one silo again (the pick among the survivors). Placement changes no result.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class VaultAffinityPlacement : PlacementStrategy
{
    internal static readonly VaultAffinityPlacement Instance = new();

    /// <summary>
    /// The vault a vault or HSM grain's key names: an HSM grain's key is <c>kv-{vault}</c>, a vault grain's the
    /// vault's own name, which may start with "kv-" too (the load workload's vaults do).
    /// </summary>
    internal static string VaultOf(string key, bool hsm) => hsm && key.StartsWith("kv-", StringComparison.Ordinal) ? key[3..] : key;

    /// <summary>Gives the key vault and HSM grain classes this placement, on a silo of a cluster.</summary>
    public static ISiloBuilder Use(ISiloBuilder silo) => silo.ConfigureServices(services =>
    {
        services.AddPlacementDirector<VaultAffinityPlacement, Director>();
        services.AddPlacementDirector<NearVaultPlacement, NearVaultPlacement.Director>();
        services.AddSingleton<IGrainPropertiesProvider, Properties>();
    });

    /// <summary>The silo a vault's grains go to among the compatible silos: the same pick in every process.</summary>
    internal static SiloAddress SiloOf(string vault, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        return silos[(int)(StableHash(vault) % (uint)silos.Length)];
    }

    private sealed class Properties : IGrainPropertiesProvider
    {
        public void Populate(Type grainClass, GrainType grainType, Dictionary<string, string> properties)
        {
            if (grainClass == typeof(KeyVaultGrain) || grainClass == typeof(HsmGrain))
            {
                properties[WellKnownGrainTypeProperties.PlacementStrategy] = nameof(VaultAffinityPlacement);
            }
            else if (grainClass == typeof(EnvironmentGrain))
            {
                properties[WellKnownGrainTypeProperties.PlacementStrategy] = nameof(NearVaultPlacement);
            }
        }
    }

    private sealed class Director(GrainClassMap classes) : IPlacementDirector
    {
        public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
        {
            var hsm = classes.TryGetGrainClass(target.GrainIdentity.Type, out var grainClass) && grainClass == typeof(HsmGrain);
            return Task.FromResult(SiloOf(VaultOf(target.GrainIdentity.Key.ToString()!, hsm), target, context));
        }
    }

    /// <summary>FNV-1a: the same silo for a vault in every process (string.GetHashCode is randomised per process).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
